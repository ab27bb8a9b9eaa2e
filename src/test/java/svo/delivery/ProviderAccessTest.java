package svo.delivery;

import org.junit.jupiter.api.Test;
import svo.BadInputException;
import svo.ingest.ImportOptions;
import svo.ingest.SourceFile;
import svo.store.Jdbc;
import svo.store.Store;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** A provider sees and changes only its own interventions. */
class ProviderAccessTest {
    @Test
    void a_provider_cannot_read_or_change_another_providers_intervention() throws Exception {
        try (Store store = RegisterTest.realRegister()) {
            Register register = new Register();
            Returns returns = new Returns(register);
            Viewer safeAndSound = Viewer.provider("safe and sound");

            assertThat(register.list(store, safeAndSound)).extracting(Register.Intervention::name).containsExactly(
                    "Active Bystander Training ('I Can I Will')", "Erewash youth outreach (Safe and Sound)");
            assertThat(register.figures(store, safeAndSound, null)).extracting(Register.Figure::intervention)
                    .containsOnly("Active Bystander Training ('I Can I Will')", "Erewash youth outreach (Safe and Sound)");

            // read: another provider's intervention, its figures and its returns are refused
            assertThatThrownBy(() -> register.find(store, safeAndSound, "hope-hacks")).isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> returns.history(store, safeAndSound, "Hope Hacks")).isInstanceOf(AccessDeniedException.class);
            assertThat(register.figures(store, safeAndSound, "hope-hacks")).isEmpty();

            // change: a return for another provider's intervention is refused and nothing is stored
            Path file = Files.createTempFile("returns", ".csv");
            Files.writeString(file, """
                    intervention,quarter,measure,value
                    erewash-youth-outreach-safe-and-sound,2025Q4,sessions_delivered,37
                    hope-hacks,2025Q4,attendance,120
                    """);
            try {
                assertThatThrownBy(() -> returns.submit(store, safeAndSound, SourceFile.inspect(file),
                        ImportOptions.strict().withLenient(true).withUser("sas"), Clock.systemDefaultZone()))
                        .isInstanceOf(BadInputException.class)
                        .hasMessageContaining("line 3, column intervention: 'Hope Hacks' belongs to The Hope Collective; "
                                + "a provider submits returns only for its own interventions");
                assertThat(Jdbc.count(store.connection(), "SELECT count(*) FROM return_value_all")).as("strict for providers, even when lenient is asked").isZero();

                // its own intervention it may return
                Files.writeString(file, """
                        intervention,quarter,measure,value
                        erewash-youth-outreach-safe-and-sound,2025Q4,sessions_delivered,37
                        """);
                returns.submit(store, safeAndSound, SourceFile.inspect(file), ImportOptions.strict().withUser("sas"), Clock.systemDefaultZone());
                assertThat(returns.history(store, safeAndSound, "erewash-youth-outreach-safe-and-sound")).hasSize(1);
            } finally {
                Files.deleteIfExists(file);
            }
        }
    }

    @Test
    void the_operator_sees_every_intervention() {
        try (Store store = RegisterTest.realRegister()) {
            assertThat(new Register().list(store, Viewer.OPERATOR)).hasSize(31);
        }
    }
}
