// The syntax tree's children without the nulls web-tree-sitter's arrays may hold.
import type { Node } from 'web-tree-sitter';

export const named = (node: Node | null | undefined): Node[] =>
  (node?.namedChildren ?? []).filter((c): c is Node => c !== null);

export const ofType = (node: Node, types: string | string[]): Node[] =>
  node.descendantsOfType(types).filter((c): c is Node => c !== null);
