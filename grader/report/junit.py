"""JUnit XML rendering of a ``grader verify`` report (GitLab, GitHub and Jenkins read it).

One ``<testcase>`` per verified item (a reference run's generation, or a submission's grades),
with a ``<failure>`` carrying the divergence message. Built with ElementTree, so every string
is escaped; characters XML 1.0 cannot hold at all (a control character in a fingerprint field)
are shown as ``\\xNN`` first, so the file always parses. It leaves the verification itself to
:mod:`grader.commands.verify`.
"""

from __future__ import annotations

import xml.etree.ElementTree as ET

from grader.results import VerifyReport
from grader.util.textsafe import xml_safe as x


def junit_xml(report: VerifyReport) -> str:
    suites = ET.Element("testsuites", name="grader verify")
    suite = ET.SubElement(
        suites,
        "testsuite",
        name=x(f"verify {report.reference}"),
        tests=str(len(report.cases)),
        failures=str(sum(not c.ok for c in report.cases)),
        errors="0",
        time=f"{sum(report.seconds.values()):.3f}",
    )
    props = ET.SubElement(suite, "properties")
    ET.SubElement(props, "property", name="modes", value=x(",".join(report.modes)))
    ET.SubElement(props, "property", name="why", value=x(report.why))
    for case in report.cases:
        element = ET.SubElement(
            suite, "testcase", classname=x(f"verify.{case.mode}"), name=x(case.name), time="0"
        )
        if not case.ok:
            failure = ET.SubElement(element, "failure", message=x(case.message), type="divergence")
            failure.text = x(case.message)
        else:
            ET.SubElement(element, "system-out").text = x(case.message)
    return ET.tostring(suites, encoding="unicode", xml_declaration=True) + "\n"
