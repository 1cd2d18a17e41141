import assert from "node:assert/strict";
import { readdirSync, readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { test } from "node:test";
import ts from "typescript";

const dist = fileURLToPath(new URL("../../dist/", import.meta.url));

test("the published declarations name no `any`", () => {
  const files = readdirSync(dist).filter((f) => f.endsWith(".d.ts"));
  assert.ok(files.includes("index.d.ts") && files.includes("schema.d.ts"), `declarations in ${dist}: ${files.join(", ")}`);

  const found: string[] = [];
  for (const file of files) {
    const source = ts.createSourceFile(file, readFileSync(dist + file, "utf8"), ts.ScriptTarget.Latest, true);
    const visit = (node: ts.Node): void => {
      if (node.kind === ts.SyntaxKind.AnyKeyword) {
        const { line } = source.getLineAndCharacterOfPosition(node.getStart());
        found.push(`${file}:${line + 1}: ${node.parent.getText()}`);
      }
      ts.forEachChild(node, visit);
    };
    visit(source);
  }

  assert.deepEqual(found, []);
});
