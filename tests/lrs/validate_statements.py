"""Validate xAPI statements with Ralph's strict model.

    python validate_statements.py FILE.json    # a JSON array of statements (or one)

Each statement goes through
``ralph.models.xapi.base.statements.BaseXapiStatement.model_validate``, which
rejects what a lenient LRS accepts (scaled scores out of range, bad durations,
non-IRI ids, unknown fields). Prints one line per invalid statement and exits 1
if any is invalid; otherwise prints "valid: N statement(s)".
"""

import json
import sys

from ralph.models.xapi.base.statements import BaseXapiStatement


def main():
    if len(sys.argv) != 2:
        print(__doc__, file=sys.stderr)
        return 2
    with open(sys.argv[1], encoding="utf-8") as f:
        data = json.load(f)
    statements = data if isinstance(data, list) else [data]
    bad = 0
    for i, statement in enumerate(statements):
        try:
            BaseXapiStatement.model_validate(statement)
        except Exception as error:  # pydantic.ValidationError, reported whole
            bad += 1
            ident = statement.get("id") if isinstance(statement, dict) else None
            print(f"invalid statement {i} ({ident}): {error}")
    if bad:
        print(f"invalid: {bad} of {len(statements)} statement(s)")
        return 1
    print(f"valid: {len(statements)} statement(s)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
