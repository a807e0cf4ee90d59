#!/usr/bin/env python3
"""Validates plan-graph JSON files against Schemas/plan-graph.schema.json with the jsonschema package."""
import json
import sys

from jsonschema import Draft202012Validator

schema = json.load(open(sys.argv[1], encoding="utf-8"))
Draft202012Validator.check_schema(schema)
validator = Draft202012Validator(schema)
failed = 0
for path in sys.argv[2:]:
    errors = list(validator.iter_errors(json.load(open(path, encoding="utf-8"))))
    for error in errors[:5]:
        print(f"{path}: error: {error.json_path}: {error.message}", file=sys.stderr)
    failed += bool(errors)
print(f"schema: {len(sys.argv) - 2 - failed} of {len(sys.argv) - 2} files valid")
sys.exit(1 if failed else 0)
