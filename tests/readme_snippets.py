#!/usr/bin/env python3
"""Turns every ```cpp block of README.md into one C++ file: the blocks' #include lines at the
top, each block's other lines as the body of a function, and a main that runs them in order.
Usage: readme_snippets.py README.md OUT.cpp"""
import sys

readme, out = sys.argv[1], sys.argv[2]
blocks, current, start = [], None, 0
for number, line in enumerate(open(readme, encoding="utf-8"), 1):
    if current is None and line.strip() == "```cpp":
        current, start = [], number
    elif current is not None and line.strip() == "```":
        blocks.append((start, current))
        current = None
    elif current is not None:
        current.append(line.rstrip("\n"))
if current is not None or not blocks:
    sys.exit("%s: no cpp blocks, or one left open" % readme)

includes, bodies = [], []
for start, lines in blocks:
    body = []
    for l in lines:
        if l.startswith("#include"):
            if l not in includes:
                includes.append(l)
        else:
            body.append(l)
    bodies.append((start, body))

with open(out, "w", encoding="utf-8") as f:
    f.write("// Generated from README.md by readme_snippets.py: do not edit.\n")
    f.write("\n".join(includes) + "\n#include <cstdio>\n\n")
    for i, (start, body) in enumerate(bodies):
        f.write("// README.md line %d\nstatic void snippet_%d() {\n" % (start, i))
        f.write("\n".join("    " + l if l else l for l in body) + "\n}\n\n")
    f.write("int main() {\n")
    for i, (start, _) in enumerate(bodies):
        f.write('    std::printf("--- README.md line %d\\n");\n    std::fflush(stdout);\n    snippet_%d();\n' % (start, i))
        f.write("    std::fflush(stdout);\n")
    f.write("    return 0;\n}\n")
