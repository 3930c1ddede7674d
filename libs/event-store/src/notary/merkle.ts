import { createHash } from 'node:crypto';

/**
 * The Merkle tree of RFC 6962 §2.1 (Certificate Transparency), so the notary's roots and proofs can be
 * checked with any CT tooling. Leaves and inner nodes are hashed with different prefixes (0x00, 0x01)
 * so a leaf can never be passed off as an inner node (second-preimage attack, RFC 6962 §2.1).
 */

const LEAF_PREFIX = Uint8Array.of(0x00);
const NODE_PREFIX = Uint8Array.of(0x01);
export const HASH_BYTES = 32;

const sha256 = (...parts: readonly Uint8Array[]): Buffer => {
  const hash = createHash('sha256');
  for (const part of parts) hash.update(part);
  return hash.digest();
};

export const leafHash = (leaf: Uint8Array): Buffer => sha256(LEAF_PREFIX, leaf);

export const nodeHash = (left: Uint8Array, right: Uint8Array): Buffer => sha256(NODE_PREFIX, left, right);

/** MTH({}) = SHA-256() (RFC 6962 §2.1). */
export const EMPTY_ROOT: Buffer = sha256();

/** The largest power of two strictly smaller than `n` (n ≥ 2): where RFC 6962 splits a tree. */
const splitPoint = (n: number): number => {
  let k = 1;
  while (k * 2 < n) k *= 2;
  return k;
};

const rootOfRange = (hashes: readonly Buffer[], from: number, to: number): Buffer => {
  const n = to - from;
  if (n === 1) return hashes[from]!;
  const k = splitPoint(n);
  return nodeHash(rootOfRange(hashes, from, from + k), rootOfRange(hashes, from + k, to));
};

/** MTH(D[n]) by the recursive definition: O(n), for proofs and as the reference for the accumulator. */
export const merkleRoot = (leaves: readonly Uint8Array[]): Buffer =>
  leaves.length === 0 ? EMPTY_ROOT : rootOfRange(leaves.map(leafHash), 0, leaves.length);

const pathOfRange = (hashes: readonly Buffer[], index: number, from: number, to: number): Buffer[] => {
  const n = to - from;
  if (n === 1) return [];
  const k = splitPoint(n);
  return index < k
    ? [...pathOfRange(hashes, index, from, from + k), rootOfRange(hashes, from + k, to)]
    : [...pathOfRange(hashes, index - k, from + k, to), rootOfRange(hashes, from, from + k)];
};

/**
 * The audit path PATH(index, D[n]) of RFC 6962 §2.1.1: the sibling hashes from the leaf up to the
 * root, with which anyone holding only the root can check that the leaf is in the tree.
 */
export const inclusionProof = (leaves: readonly Uint8Array[], index: number): Buffer[] => {
  if (!Number.isInteger(index) || index < 0 || index >= leaves.length)
    throw new RangeError(`leaf ${index} is not in a tree of ${leaves.length} leaves`);
  return pathOfRange(leaves.map(leafHash), index, 0, leaves.length);
};

/** Checks an audit path with the algorithm of RFC 9162 §2.1.3.2 (the same tree as RFC 6962). */
export const verifyInclusion = (
  leaf: Uint8Array,
  index: number,
  treeSize: number,
  proof: readonly Uint8Array[],
  root: Uint8Array,
): boolean => {
  if (!Number.isInteger(index) || !Number.isInteger(treeSize) || index < 0 || index >= treeSize) return false;
  let fn = index;
  let sn = treeSize - 1;
  let hash: Buffer = leafHash(leaf);
  for (const sibling of proof) {
    if (sn === 0) return false;
    if (fn % 2 === 1 || fn === sn) {
      hash = nodeHash(sibling, hash);
      while (fn % 2 === 0 && fn !== 0) {
        fn = Math.floor(fn / 2);
        sn = Math.floor(sn / 2);
      }
    } else {
      hash = nodeHash(hash, sibling);
    }
    fn = Math.floor(fn / 2);
    sn = Math.floor(sn / 2);
  }
  return sn === 0 && hash.equals(root);
};

/** What the accumulator must keep to resume: the size and the roots of its perfect subtrees. */
export interface AccumulatorState {
  readonly size: number;
  /** Roots of the perfect subtrees that make up the tree, largest (leftmost) first. */
  readonly frontier: readonly Buffer[];
}

const bitCount = (n: number): number => {
  let count = 0;
  for (let rest = n; rest > 0; rest = Math.floor(rest / 2)) count += rest % 2;
  return count;
};

/**
 * The tree kept as its "frontier" (a compact range, as CT logs call it): a tree of n leaves is a row of
 * perfect subtrees, one per set bit of n, largest first. Appending merges equal-sized subtrees like a
 * binary counter carries, so both appending and taking the root cost O(log n), and the state to store
 * between runs is at most 64 hashes.
 */
export class MerkleAccumulator {
  private constructor(
    private count: number,
    private readonly nodes: Buffer[],
  ) {}

  static empty(): MerkleAccumulator {
    return new MerkleAccumulator(0, []);
  }

  static restore(state: AccumulatorState): MerkleAccumulator {
    if (!Number.isSafeInteger(state.size) || state.size < 0)
      throw new RangeError(`a Merkle tree cannot have ${state.size} leaves`);
    if (state.frontier.length !== bitCount(state.size))
      throw new RangeError(
        `a tree of ${state.size} leaves has ${bitCount(state.size)} frontier hashes, not ${state.frontier.length}`,
      );
    if (state.frontier.some((node) => node.length !== HASH_BYTES))
      throw new RangeError(`frontier hashes must be ${HASH_BYTES} bytes`);
    return new MerkleAccumulator(
      state.size,
      state.frontier.map((node) => Buffer.from(node)),
    );
  }

  get size(): number {
    return this.count;
  }

  append(leaf: Uint8Array): void {
    let node = leafHash(leaf);
    for (let carry = this.count; carry % 2 === 1; carry = Math.floor(carry / 2))
      node = nodeHash(this.nodes.pop()!, node);
    this.nodes.push(node);
    this.count += 1;
  }

  /** MTH of the leaves so far: the subtrees folded from the right, which is where RFC 6962 splits. */
  root(): Buffer {
    if (this.nodes.length === 0) return EMPTY_ROOT;
    let root = this.nodes[this.nodes.length - 1]!;
    for (let i = this.nodes.length - 2; i >= 0; i--) root = nodeHash(this.nodes[i]!, root);
    return root;
  }

  state(): AccumulatorState {
    return { size: this.count, frontier: this.nodes.map((node) => Buffer.from(node)) };
  }
}
