package svo.security;

import com.password4j.Argon2Function;
import com.password4j.Password;
import com.password4j.types.Argon2;
import org.junit.jupiter.api.Test;
import svo.BadInputException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class PasswordHasherTest {
    private final PasswordHasher hasher = PasswordHasher.standard();

    @Test
    void hashes_are_argon2id_with_64_mib_two_passes_and_a_fresh_salt_each_time() {
        String a = hasher.hash("correct horse battery staple".toCharArray());
        String b = hasher.hash("correct horse battery staple".toCharArray());
        assertThat(a).startsWith("$argon2id$v=19$m=65536,t=2,p=1$");
        assertThat(a).isNotEqualTo(b);
        assertThat(a).doesNotContain("correct horse");
    }

    @Test
    void the_right_password_verifies_and_a_wrong_or_empty_one_does_not() {
        String stored = hasher.hash("correct horse battery staple".toCharArray());
        assertThat(hasher.verify("correct horse battery staple".toCharArray(), stored)).isTrue();
        assertThat(hasher.verify("correct horse battery stapler".toCharArray(), stored)).isFalse();
        assertThat(hasher.verify(new char[0], stored)).isFalse();
        assertThat(hasher.verify("anything".toCharArray(), "not a hash")).isFalse();
        assertThat(hasher.verify("anything".toCharArray(), null)).isFalse();
    }

    @Test
    void a_hash_made_with_weaker_parameters_still_verifies_and_is_flagged_for_rehash() {
        String old = Password.hash("correct horse battery staple").addRandomSalt(16)
                .with(Argon2Function.getInstance(4096, 1, 1, 32, Argon2.ID)).getResult();
        assertThat(hasher.verify("correct horse battery staple".toCharArray(), old)).isTrue();
        assertThat(hasher.needsRehash(old)).isTrue();
        assertThat(hasher.needsRehash(hasher.hash("correct horse battery staple".toCharArray()))).isFalse();
    }

    @Test
    void short_blank_or_username_passwords_are_refused_with_the_reason() {
        assertThatThrownBy(() -> PasswordHasher.checkAcceptable("asha", "short".toCharArray()))
                .isInstanceOf(BadInputException.class).hasMessageContaining("at least 12");
        assertThatThrownBy(() -> PasswordHasher.checkAcceptable("asha.patel.vru", "Asha.Patel.VRU".toCharArray()))
                .isInstanceOf(BadInputException.class).hasMessageContaining("username");
        assertThatThrownBy(() -> PasswordHasher.checkAcceptable("asha", "              ".toCharArray()))
                .isInstanceOf(BadInputException.class).hasMessageContaining("spaces");
        PasswordHasher.checkAcceptable("asha", "a long enough phrase".toCharArray());
    }
}
