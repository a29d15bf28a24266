"""The commands as library calls: ``check`` (a student's file), ``grade`` and ``merge`` (a class),
``verify`` with the reference sets it reads (``reference``), ``bench``, and ``init``/``schema``
(``starter``). Each loads its assignment through :mod:`grader.commands.assignment`, the one
loader that checks criteria against the registry. They return data and never print: the CLI
(:mod:`grader.cli`) prints and picks the exit status."""
