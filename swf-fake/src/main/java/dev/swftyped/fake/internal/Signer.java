package dev.swftyped.fake.internal;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Arrays;

/**
 * Signs the fake's tokens so that a changed or forged token is refused: a 64-bit SipHash-2-4 tag
 * under a 128-bit key derived from the seed (the same calls give the same tokens) or drawn at
 * random. SipHash is a keyed hash made for short inputs: signing a token costs tens of
 * nanoseconds, where HMAC-SHA256 costs a microsecond, and a test fake needs tamper evidence, not
 * secrecy. Immutable after construction, so it is safe to share.
 */
final class Signer {
  static final int TAG_BYTES = 8;
  /** SWF's message for a token it did not issue, or issued for something else. */
  static final String INVALID = "Invalid token";

  private final long k0;
  private final long k1;

  /**
   * @param purpose what the tokens are for; tokens signed for one purpose do not verify for another
   */
  Signer(String purpose, Long seed) {
    byte[] key = new byte[16];
    if (seed == null) {
      new SecureRandom().nextBytes(key);
    } else {
      try {
        key = Arrays.copyOf(MessageDigest.getInstance("SHA-256")
            .digest(("swf-fake " + purpose + " " + seed).getBytes(StandardCharsets.UTF_8)), 16);
      } catch (GeneralSecurityException e) {
        throw new IllegalStateException(e);
      }
    }
    ByteBuffer buffer = ByteBuffer.wrap(key).order(ByteOrder.LITTLE_ENDIAN);
    this.k0 = buffer.getLong();
    this.k1 = buffer.getLong();
  }

  /** A signer with the given key, as SipHash's reference vectors state it (little-endian halves). */
  Signer(long k0, long k1) {
    this.k0 = k0;
    this.k1 = k1;
  }

  /** A token for a body: the body and its tag, in base64. */
  String seal(byte[] body) {
    return java.util.Base64.getEncoder().encodeToString(sign(body));
  }

  /**
   * The body of a token this signer sealed.
   *
   * @param minimum the fewest bytes a body of that kind of token has
   * @throws SwfFault {@code Invalid token} for anything else: not base64, too short, a tag that
   *     does not match
   */
  java.nio.ByteBuffer open(String token, int minimum) {
    byte[] bytes;
    try {
      bytes = java.util.Base64.getDecoder().decode(token);
    } catch (IllegalArgumentException e) {
      throw SwfFault.validation(INVALID);
    }
    byte[] body = verify(bytes);
    if (body == null || body.length < minimum) {
      throw SwfFault.validation(INVALID);
    }
    return java.nio.ByteBuffer.wrap(body);
  }

  /** The body followed by its tag. */
  byte[] sign(byte[] body) {
    byte[] signed = Arrays.copyOf(body, body.length + TAG_BYTES);
    long tag = tag(body, body.length);
    for (int i = 0; i < TAG_BYTES; i++) {
      signed[body.length + i] = (byte) (tag >>> (8 * i));
    }
    return signed;
  }

  /** The body of a signed token, or null if its tag does not match. */
  byte[] verify(byte[] signed) {
    if (signed.length < TAG_BYTES) {
      return null;
    }
    int length = signed.length - TAG_BYTES;
    long tag = tag(signed, length);
    long given = 0;
    for (int i = 0; i < TAG_BYTES; i++) {
      given |= (signed[length + i] & 0xFFL) << (8 * i);
    }
    return tag == given ? Arrays.copyOf(signed, length) : null;
  }

  /** SipHash-2-4 of the first {@code length} bytes. */
  private long tag(byte[] data, int length) {
    long v0 = 0x736f6d6570736575L ^ k0;
    long v1 = 0x646f72616e646f6dL ^ k1;
    long v2 = 0x6c7967656e657261L ^ k0;
    long v3 = 0x7465646279746573L ^ k1;
    int whole = length & ~7;
    for (int at = 0; at < whole; at += 8) {
      long m = word(data, at, 8);
      v3 ^= m;
      for (int round = 0; round < 2; round++) {
        v0 += v1; v1 = Long.rotateLeft(v1, 13); v1 ^= v0; v0 = Long.rotateLeft(v0, 32);
        v2 += v3; v3 = Long.rotateLeft(v3, 16); v3 ^= v2;
        v0 += v3; v3 = Long.rotateLeft(v3, 21); v3 ^= v0;
        v2 += v1; v1 = Long.rotateLeft(v1, 17); v1 ^= v2; v2 = Long.rotateLeft(v2, 32);
      }
      v0 ^= m;
    }
    long last = word(data, whole, length - whole) | ((long) length << 56);
    v3 ^= last;
    for (int round = 0; round < 2; round++) {
      v0 += v1; v1 = Long.rotateLeft(v1, 13); v1 ^= v0; v0 = Long.rotateLeft(v0, 32);
      v2 += v3; v3 = Long.rotateLeft(v3, 16); v3 ^= v2;
      v0 += v3; v3 = Long.rotateLeft(v3, 21); v3 ^= v0;
      v2 += v1; v1 = Long.rotateLeft(v1, 17); v1 ^= v2; v2 = Long.rotateLeft(v2, 32);
    }
    v0 ^= last;
    v2 ^= 0xff;
    for (int round = 0; round < 4; round++) {
      v0 += v1; v1 = Long.rotateLeft(v1, 13); v1 ^= v0; v0 = Long.rotateLeft(v0, 32);
      v2 += v3; v3 = Long.rotateLeft(v3, 16); v3 ^= v2;
      v0 += v3; v3 = Long.rotateLeft(v3, 21); v3 ^= v0;
      v2 += v1; v1 = Long.rotateLeft(v1, 17); v1 ^= v2; v2 = Long.rotateLeft(v2, 32);
    }
    return v0 ^ v1 ^ v2 ^ v3;
  }

  /** {@code count} bytes from {@code at}, little-endian. */
  private static long word(byte[] data, int at, int count) {
    long word = 0;
    for (int i = 0; i < count; i++) {
      word |= (data[at + i] & 0xFFL) << (8 * i);
    }
    return word;
  }
}
