import { describe, expect, it } from 'vitest';
import { createSecretBox } from '../src/secret-box.ts';

const OLD = 'the-old-encryption-key-of-32-characters';
const NEW = 'the-new-encryption-key-of-32-characters';

describe('the secret box', () => {
  it('opens what it sealed, and refuses tampering and other keys', () => {
    const box = createSecretBox(NEW);
    const sealed = box.encrypt('patSecret');
    expect(sealed).not.toContain('patSecret');
    expect(box.decrypt(sealed)).toBe('patSecret');
    const parts = sealed.split('.');
    parts[2] = (parts[2]!.startsWith('A') ? 'B' : 'A') + parts[2]!.slice(1);
    const flipped = parts.join('.');
    expect(() => box.decrypt(flipped)).toThrow();
    expect(() => createSecretBox(OLD).decrypt(sealed)).toThrow();
  });

  it('reads what the previous key sealed while a key is rotated, and seals with the new one', () => {
    const before = createSecretBox(OLD).encrypt('patSecret');
    const rotating = createSecretBox(NEW, OLD);
    expect(rotating.decrypt(before)).toBe('patSecret');
    const after = rotating.encrypt('patSecret');
    expect(createSecretBox(NEW).decrypt(after)).toBe('patSecret');
    expect(() => createSecretBox(OLD).decrypt(after)).toThrow();
  });
});
