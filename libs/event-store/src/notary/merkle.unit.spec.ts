import { createHash, randomBytes } from 'node:crypto';
import { EMPTY_ROOT, inclusionProof, MerkleAccumulator, merkleRoot, verifyInclusion } from './merkle';

// The eight leaves and the expected roots and audit paths of Certificate Transparency's reference tests
// (certificate-transparency/src/merkletree/merkle_tree_test.cc).
const leaves = [
  '',
  '00',
  '10',
  '2021',
  '3031',
  '40414243',
  '5051525354555657',
  '606162636465666768696a6b6c6d6e6f',
].map((hex) => Buffer.from(hex, 'hex'));

const roots = [
  '6e340b9cffb37a989ca544e6bb780a2c78901d3fb33738768511a30617afa01d',
  'fac54203e7cc696cf0dfcb42c92a1d9dbaf70ad9e621f4bd8d98662f00e3c125',
  'aeb6bcfe274b70a14fb067a5e5578264db0fa9b51af5e0ba159158f329e06e77',
  'd37ee418976dd95753c1c73862b9398fa2a2cf9b4ff0fdfe8b30cd95209614b7',
  '4e3bbb1f7b478dcfe71fb631631519a3bca12c9aefca1612bfce4c13a86264d4',
  '76e67dadbcdf1e10e1b74ddc608abd2f98dfb16fbce75277b5232a127f2087ef',
  'ddb89be403809e325750d3d263cd78929c2942b7942a34b77e122c9594a74c8c',
  '5dc9da79a70659a9ad559cb701ded9a2ab9d823aad2f4960cfe370eff4604328',
];

const paths: readonly { index: number; size: number; path: readonly string[] }[] = [
  { index: 0, size: 1, path: [] },
  {
    index: 0,
    size: 8,
    path: [
      '96a296d224f285c67bee93c30f8a309157f0daa35dc5b87e410b78630a09cfc7',
      '5f083f0a1a33ca076a95279832580db3e0ef4584bdff1f54c8a360f50de3031e',
      '6b47aaf29ee3c2af9af889bc1fb9254dabd31177f16232dd6aab035ca39bf6e4',
    ],
  },
  {
    index: 5,
    size: 8,
    path: [
      'bc1a0643b12e4d2d7c77918f44e0f4f79a838b6cf9ec5b5c283e1f4d88599e6b',
      'ca854ea128ed050b41b35ffc1b87b8eb2bde461e9e3b5596ece6b9d5975a0ae0',
      'd37ee418976dd95753c1c73862b9398fa2a2cf9b4ff0fdfe8b30cd95209614b7',
    ],
  },
  { index: 2, size: 3, path: ['fac54203e7cc696cf0dfcb42c92a1d9dbaf70ad9e621f4bd8d98662f00e3c125'] },
  {
    index: 1,
    size: 5,
    path: [
      '6e340b9cffb37a989ca544e6bb780a2c78901d3fb33738768511a30617afa01d',
      '5f083f0a1a33ca076a95279832580db3e0ef4584bdff1f54c8a360f50de3031e',
      'bc1a0643b12e4d2d7c77918f44e0f4f79a838b6cf9ec5b5c283e1f4d88599e6b',
    ],
  },
];

const hex = (bytes: Uint8Array): string => Buffer.from(bytes).toString('hex');

/** A deterministic stream of leaves, so a failure names leaves that can be reproduced. */
const leavesOf = (count: number, seed: string): Buffer[] =>
  Array.from({ length: count }, (_, i) =>
    createHash('sha256')
      .update(`${seed}/${i}`)
      .digest()
      .subarray(0, 1 + (i % 32)),
  );

describe('the RFC 6962 Merkle tree', () => {
  it('has the hash of the empty string as the root of the empty tree', () => {
    expect(hex(EMPTY_ROOT)).toBe('e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855');
    expect(merkleRoot([])).toEqual(EMPTY_ROOT);
    expect(MerkleAccumulator.empty().root()).toEqual(EMPTY_ROOT);
  });

  it("matches Certificate Transparency's roots for trees of 1 to 8 leaves", () => {
    const accumulator = MerkleAccumulator.empty();
    leaves.forEach((leaf, i) => {
      accumulator.append(leaf);
      expect(hex(merkleRoot(leaves.slice(0, i + 1)))).toBe(roots[i]);
      expect(hex(accumulator.root())).toBe(roots[i]);
    });
  });

  it.each(paths)("matches Certificate Transparency's audit path of leaf $index in $size", (vector) => {
    const tree = leaves.slice(0, vector.size);
    const proof = inclusionProof(tree, vector.index);
    expect(proof.map(hex)).toEqual(vector.path);
    expect(verifyInclusion(tree[vector.index]!, vector.index, vector.size, proof, merkleRoot(tree))).toBe(
      true,
    );
  });

  it('grows incrementally to the same root as the recursive definition, for every size up to 300', () => {
    const all = leavesOf(300, 'incremental');
    const accumulator = MerkleAccumulator.empty();
    for (let n = 1; n <= all.length; n++) {
      accumulator.append(all[n - 1]!);
      expect(accumulator.size).toBe(n);
      expect(hex(accumulator.root())).toBe(hex(merkleRoot(all.slice(0, n))));
    }
  });

  it('resumes from its saved state as if it had never stopped', () => {
    const all = leavesOf(77, 'resume');
    const first = MerkleAccumulator.empty();
    all.slice(0, 45).forEach((leaf) => first.append(leaf));
    const resumed = MerkleAccumulator.restore(first.state());
    all.slice(45).forEach((leaf) => resumed.append(leaf));
    expect(resumed.root()).toEqual(merkleRoot(all));
    expect(first.size).toBe(45);
  });

  it('refuses a saved state whose frontier does not fit its size', () => {
    const state = MerkleAccumulator.empty();
    leavesOf(6, 'bad').forEach((leaf) => state.append(leaf));
    const { frontier } = state.state();
    expect(() => MerkleAccumulator.restore({ size: 7, frontier })).toThrow(/3 frontier hashes, not 2/);
    expect(() => MerkleAccumulator.restore({ size: 6, frontier: [frontier[0]!, randomBytes(31)] })).toThrow(
      /32 bytes/,
    );
  });

  it('proves every leaf of trees up to 50 leaves, and rejects a proof for anything else', () => {
    const all = leavesOf(50, 'proofs');
    for (let size = 1; size <= all.length; size++) {
      const tree = all.slice(0, size);
      const root = merkleRoot(tree);
      for (let index = 0; index < size; index++) {
        const proof = inclusionProof(tree, index);
        expect(verifyInclusion(tree[index]!, index, size, proof, root)).toBe(true);
        expect(verifyInclusion(Buffer.from('forged'), index, size, proof, root)).toBe(false);
        if (size > 1) {
          const other = (index + 1) % size;
          expect(verifyInclusion(tree[index]!, other, size, proof, root)).toBe(false);
          const tampered = proof.map((node) => Buffer.from(node));
          tampered[index % proof.length]![0]! ^= 0xff;
          expect(verifyInclusion(tree[index]!, index, size, tampered, root)).toBe(false);
          expect(verifyInclusion(tree[index]!, index, size, proof.slice(1), root)).toBe(false);
          expect(verifyInclusion(tree[index]!, index, size, [...proof, root], root)).toBe(false);
        }
      }
    }
  });

  it('refuses to prove a leaf outside the tree', () => {
    expect(() => inclusionProof(leaves, 8)).toThrow(RangeError);
    expect(verifyInclusion(leaves[0]!, 8, 8, [], merkleRoot(leaves))).toBe(false);
  });
});
