"""JUnit XML rendering of a ``grader verify`` report (GitLab, GitHub and Jenkins read it).

One ``<testcase>`` per verified item (a reference run's generation, or a submission's grades),
with a ``<failure>`` carrying the divergence message. Built with ElementTree, so every string
is escaped. It leaves the verification itself to :mod:`grader.verify`.
"""

from __future__ import annotations

import xml.etree.ElementTree as ET
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from grader.verify import Report


def junit_xml(report: Report) -> str:
    suites = ET.Element("testsuites", name="grader verify")
    suite = ET.SubElement(suites, "testsuite", name=f"verify {report.reference}", tests=str(len(report.cases)),
                          failures=str(sum(not c.ok for c in report.cases)), errors="0",
                          time=f"{sum(report.seconds.values()):.3f}")
    props = ET.SubElement(suite, "properties")
    ET.SubElement(props, "property", name="modes", value=",".join(report.modes))
    ET.SubElement(props, "property", name="why", value=report.why)
    for case in report.cases:
        element = ET.SubElement(suite, "testcase", classname=f"verify.{case.mode}", name=case.name, time="0")
        if not case.ok:
            failure = ET.SubElement(element, "failure", message=case.message, type="divergence")
            failure.text = case.message
        else:
            ET.SubElement(element, "system-out").text = case.message
    return ET.tostring(suites, encoding="unicode", xml_declaration=True) + "\n"
