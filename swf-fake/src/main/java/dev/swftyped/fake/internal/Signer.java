package dev.swftyped.fake.internal;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Arrays;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Signs the fake's tokens so that a changed token is refused: HMAC-SHA256, truncated to 12 bytes,
 * with a key derived from the seed (the same calls give the same tokens) or a random one. The key
 * is made when the first token is signed, so a fake that never signs pays nothing. Used under the
 * engine's lock.
 */
final class Signer {
  static final int MAC_BYTES = 12;

  private final String purpose;
  private final Long seed;
  private Mac mac;

  /**
   * @param purpose what the tokens are for; tokens signed for one purpose do not verify for another
   */
  Signer(String purpose, Long seed) {
    this.purpose = purpose;
    this.seed = seed;
  }

  /** The body followed by its signature. */
  byte[] sign(byte[] body) {
    byte[] signed = Arrays.copyOf(body, body.length + MAC_BYTES);
    System.arraycopy(mac(body), 0, signed, body.length, MAC_BYTES);
    return signed;
  }

  /** The body of a signed token, or null if the signature does not match. */
  byte[] verify(byte[] signed) {
    if (signed.length < MAC_BYTES) {
      return null;
    }
    byte[] body = Arrays.copyOf(signed, signed.length - MAC_BYTES);
    byte[] expected = Arrays.copyOf(mac(body), MAC_BYTES);
    return MessageDigest.isEqual(expected, Arrays.copyOfRange(signed, body.length, signed.length)) ? body : null;
  }

  private byte[] mac(byte[] body) {
    try {
      if (mac == null) {
        byte[] key = new byte[32];
        if (seed == null) {
          new SecureRandom().nextBytes(key);
        } else {
          key = MessageDigest.getInstance("SHA-256")
              .digest(("swf-fake " + purpose + " " + seed).getBytes(StandardCharsets.UTF_8));
        }
        mac = Mac.getInstance("HmacSHA256");
        mac.init(new SecretKeySpec(key, "HmacSHA256"));
      }
      return mac.doFinal(body);
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException(e);
    }
  }
}
