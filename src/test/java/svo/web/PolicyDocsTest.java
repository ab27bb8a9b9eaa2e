package svo.web;

import org.junit.jupiter.api.Test;
import svo.security.Role;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/** docs/web.md lists every rule of the policy table with the roles it allows. */
class PolicyDocsTest {
    @Test
    void the_documented_policy_table_matches_the_code() throws IOException {
        String doc = Files.readString(Path.of("docs/web.md"));
        List<String> missing = new ArrayList<>();
        for (Policy.Rule r : Policy.STANDARD.rules()) {
            String roles = r.isPublic() ? "everyone, signed in or not"
                    : r.roles().size() == Role.assignable().size() ? "any signed-in user"
                    : r.roles().stream().sorted().map(Role::id).collect(Collectors.joining(", "));
            String row = "| `" + r.method().name() + " " + r.path() + "` | ";
            int at = doc.indexOf(row);
            if (at < 0) {
                missing.add(row + roles);
                continue;
            }
            String documented = doc.substring(at + row.length(), doc.indexOf(" |", at + row.length()));
            List<String> a = List.of(documented.split(", "));
            List<String> b = List.of(roles.split(", "));
            if (!(a.containsAll(b) && b.containsAll(a))) missing.add(row + roles + " (documented: " + documented + ")");
        }
        assertThat(missing).as("policy rules missing from, or different in, docs/web.md").isEmpty();
    }
}
