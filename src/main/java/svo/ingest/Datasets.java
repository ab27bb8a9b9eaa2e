package svo.ingest;

import svo.BadInputException;
import svo.ingest.partners.AmbulanceImporter;
import svo.ingest.partners.EdAttendanceImporter;
import svo.ingest.partners.HospitalImporter;
import svo.ingest.partners.IndexEventImporter;
import svo.ingest.partners.NeetImporter;
import svo.ingest.partners.ProbationImporter;
import svo.ingest.partners.SchoolExclusionImporter;
import svo.ingest.partners.SocialCareImporter;
import svo.ingest.partners.YjsOffenceImporter;
import svo.ingest.police.OccurrenceImporter;
import svo.ingest.police.PersonImporter;
import svo.ingest.police.PoliceUkStopSearchImporter;
import svo.ingest.police.PoliceUkStreetImporter;
import svo.ingest.police.StopSearchImporter;
import svo.ingest.police.WarningMarkerImporter;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Every data set the product imports, by the name used on the command line and in the web upload form. */
public final class Datasets {
    private final Map<String, Importer> byName = new LinkedHashMap<>();

    private Datasets(List<Importer> importers) {
        for (Importer i : importers) {
            if (byName.put(i.dataset(), i) != null) throw new IllegalStateException("two importers for " + i.dataset());
        }
    }

    /** The product's data sets. Add a new importer to this list. */
    public static Datasets standard() {
        List<Importer> all = new ArrayList<>(List.of(
                new OccurrenceImporter(),
                new PersonImporter(),
                new WarningMarkerImporter(),
                new StopSearchImporter(),
                new PoliceUkStreetImporter(),
                new PoliceUkStopSearchImporter(),
                new HospitalImporter(),
                new EdAttendanceImporter(),
                new AmbulanceImporter(),
                new YjsOffenceImporter(),
                new ProbationImporter(),
                new SchoolExclusionImporter(),
                new SocialCareImporter(),
                new NeetImporter(),
                new IndexEventImporter(),
                // Delivery (docs/delivery.md): the register first, as the others look interventions up in it.
                new svo.ingest.delivery.InterventionImporter(),
                new svo.ingest.delivery.InterventionMeasureImporter(),
                new svo.ingest.delivery.ReturnImporter(),
                new svo.ingest.delivery.ParticipantImporter(),
                new svo.ingest.delivery.ActionImporter()));
        return new Datasets(all);
    }

    /** The importer for a data set; a clear error listing the known names otherwise. */
    public Importer get(String name) {
        Importer i = byName.get(name == null ? "" : name.strip().toLowerCase());
        if (i == null) {
            throw BadInputException.of("--dataset", name, "one of " + String.join(", ", byName.keySet()));
        }
        return i;
    }

    /** All importers, in order. */
    public List<Importer> all() {
        return List.copyOf(byName.values());
    }
}
