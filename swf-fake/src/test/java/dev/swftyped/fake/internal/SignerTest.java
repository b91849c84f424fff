package dev.swftyped.fake.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import org.junit.jupiter.api.Test;

/** The token signer is SipHash-2-4, and refuses any changed byte. */
class SignerTest {
  /** The key 00 01 .. 0f of the SipHash paper, as two little-endian words. */
  private static final Signer REFERENCE = new Signer(0x0706050403020100L, 0x0f0e0d0c0b0a0908L);

  @Test
  void tagsMatchTheReferenceVectorsOfSipHash24() {
    byte[] fifteen = new byte[15];
    for (int i = 0; i < fifteen.length; i++) {
      fifteen[i] = (byte) i;
    }
    assertThat(tag(REFERENCE.sign(fifteen))).isEqualTo(0xa129ca6149be45e5L);
    assertThat(tag(REFERENCE.sign(new byte[0]))).isEqualTo(0x726fdb47dd0e0e31L);
  }

  @Test
  void aSignedBodyVerifiesAndAnyChangedByteDoesNot() {
    Signer signer = new Signer("tests", 7L);
    byte[] signed = signer.sign("a body of some length".getBytes(java.nio.charset.StandardCharsets.UTF_8));

    assertThat(signer.verify(signed)).isEqualTo("a body of some length".getBytes(java.nio.charset.StandardCharsets.UTF_8));
    for (int i = 0; i < signed.length; i++) {
      byte[] changed = Arrays.copyOf(signed, signed.length);
      changed[i] ^= 1;
      assertThat(signer.verify(changed)).as("byte %d changed", i).isNull();
    }
    assertThat(new Signer("other purpose", 7L).verify(signed)).isNull();
    assertThat(new Signer("tests", 8L).verify(signed)).isNull();
  }

  private static long tag(byte[] signed) {
    long tag = 0;
    for (int i = 0; i < Signer.TAG_BYTES; i++) {
      tag |= (signed[signed.length - Signer.TAG_BYTES + i] & 0xFFL) << (8 * i);
    }
    return tag;
  }
}
