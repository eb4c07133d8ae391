#!/usr/bin/env python3
"""The constraint names the code raises and the names the documentation lists.

  error_names.py code ROOT    one line per name the sources raise:
                              "name<TAB>file:line" for a literal name,
                              "*_suffix<TAB>file:line<TAB>function" for a name
                              built at run time (TG_TABLE_NAME || '_suffix')
  error_names.py list FILE    one line per name listed in the section
                              "## Refusal names" of FILE (first column)

Literal names are taken from the constraint argument of civilservice.refuse()
(3rd), checked() (3rd), concept_check() (5th) and signature() (5th), from
RAISE ... USING CONSTRAINT = '...' in SQL, and in C from cs_refuse() (3rd),
add_problem() (3rd), "constraint = ..." and the CS_*_RULE macros.
"""
import glob
import os
import re
import sys

SQL_CALLS = {'civilservice.refuse': 2, 'civilservice.checked': 2,
             'civilservice.concept_check': 4, 'civilservice.signature': 4}
NAME = re.compile(r"^'([a-z][a-z0-9_]*)'$")
DYNAMIC = re.compile(r"^[A-Za-z_][A-Za-z0-9_]*\s*\|\|\s*'(_[a-z0-9_]+)'$")


def arguments(s, i):
    """The top-level arguments of the call whose '(' is at s[i]."""
    depth, args, cur, j = 0, [], [], i + 1
    while j < len(s):
        c = s[j]
        if c == "'":
            k = j + 1
            while k < len(s):
                if s[k] == "'":
                    if s[k + 1:k + 2] == "'":
                        k += 2
                        continue
                    break
                k += 1
            cur.append(s[j:k + 1])
            j = k + 1
            continue
        if c == '-' and s[j + 1:j + 2] == '-':          # a comment inside the call
            j = s.find('\n', j)
            j = len(s) if j < 0 else j
            continue
        if c == '(':
            depth += 1
        elif c == ')':
            if depth == 0:
                args.append(''.join(cur).strip())
                return args
            depth -= 1
        elif c == ',' and depth == 0:
            args.append(''.join(cur).strip())
            cur = []
            j += 1
            continue
        cur.append(c)
        j += 1
    return args


def enclosing_function(s, pos):
    m = None
    for m in re.finditer(r'CREATE (?:OR REPLACE )?FUNCTION civilservice\.([a-z0-9_]+)\(', s[:pos]):
        pass
    return m.group(1) if m else '?'


def code(root):
    out = []
    files = sorted(glob.glob(os.path.join(root, 'src/**/*.sql'), recursive=True)
                   + glob.glob(os.path.join(root, 'src/**/*.sql.in'), recursive=True))
    for f in files:
        s = open(f, encoding='utf-8').read()
        rel = os.path.relpath(f, root)
        for m in re.finditer(r'(civilservice\.(?:refuse|checked|concept_check|signature))\(', s):
            line = s.count('\n', 0, m.start()) + 1
            before = s[max(0, m.start() - 40):m.start()]
            if re.search(r'(FUNCTION|ON FUNCTION)\s*$', before):
                continue                                    # the definition or its COMMENT/GRANT
            args = arguments(s, m.end() - 1)
            n = SQL_CALLS[m.group(1)]
            a = args[n] if len(args) > n else ''
            if a == '' or a.startswith("''"):
                continue                                    # named in a comment or a string, not a call
            if NAME.match(a):
                out.append((NAME.match(a).group(1), f'{rel}:{line}', ''))
            elif DYNAMIC.match(a):
                out.append(('*' + DYNAMIC.match(a).group(1), f'{rel}:{line}', enclosing_function(s, m.start())))
            elif a not in ('constraint_name',):
                # a name passed on (the parameter of refuse()/signature()) is
                # raised by its callers; anything else is not understood
                out.append(('?' + a.replace('\n', ' ')[:60], f'{rel}:{line}', ''))
        for m in re.finditer(r"CONSTRAINT\s*=\s*('[a-z][a-z0-9_]*'|[A-Za-z_]+\s*\|\|\s*'_[a-z0-9_]+')", s):
            line = s.count('\n', 0, m.start()) + 1
            a = m.group(1)
            if NAME.match(a):
                out.append((NAME.match(a).group(1), f'{rel}:{line}', ''))
            else:
                out.append(('*' + DYNAMIC.match(a).group(1), f'{rel}:{line}', enclosing_function(s, m.start())))
    for f in sorted(glob.glob(os.path.join(root, 'src/**/*.c'), recursive=True)
                    + glob.glob(os.path.join(root, 'src/**/*.h'), recursive=True)):
        s = open(f, encoding='utf-8').read()
        rel = os.path.relpath(f, root)
        pats = [r'\bcs_refuse\(\s*[^,]+,\s*[^,]+,\s*"([a-z][a-z0-9_]*)"',
                r'\badd_problem\(\s*[^,]+,\s*[^,]+,\s*"([a-z][a-z0-9_]*)"',
                r'\bconstraint\s*=\s*"([a-z][a-z0-9_]*)"',
                r'#define\s+CS_[A-Z_]+_RULE\s+"([a-z][a-z0-9_]*)"']
        for p in pats:
            for m in re.finditer(p, s):
                out.append((m.group(1), f'{rel}:{s.count(chr(10), 0, m.start()) + 1}', ''))
    return out


def listed(path):
    names, inside = [], False
    for line in open(path, encoding='utf-8'):
        if line.startswith('## '):
            inside = line.strip() == '## Refusal names'
            continue
        if not inside or not line.startswith('|'):
            continue
        first = line.split('|')[1]
        names += re.findall(r'`([a-z][a-z0-9_]*)`', first)
    return names


if __name__ == '__main__':
    if len(sys.argv) == 3 and sys.argv[1] == 'code':
        for name, where, fn in code(sys.argv[2]):
            print('\t'.join(x for x in (name, where, fn) if x))
    elif len(sys.argv) == 3 and sys.argv[1] == 'list':
        for name in listed(sys.argv[2]):
            print(name)
    else:
        sys.exit(__doc__)
