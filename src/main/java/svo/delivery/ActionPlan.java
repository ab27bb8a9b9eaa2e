package svo.delivery;

import svo.analysis.Column;
import svo.analysis.Table;
import svo.ingest.delivery.DeliveryVocabulary;
import svo.store.Jdbc;
import svo.store.Store;

import java.time.LocalDate;
import java.util.List;

/**
 * The strategy's action plan: each action with its owner, objective, due date and status, and whether it is overdue
 * (due before the day it is read and neither done nor dropped).
 */
public final class ActionPlan {
    /** One action. */
    public record Action(String id, String action, String owner, String objective, List<String> priorities, LocalDate due,
                         String status, String notes, boolean overdue) {}

    /** Every action of the active plan, judged on {@code today}, in the plan's order. */
    public List<Action> actions(Store store, LocalDate today) {
        return Jdbc.query(store.connection(), "SELECT action_id, action, owner_organisation, objective, priorities, due_date, status, notes "
                + "FROM action ORDER BY batch_id, line", rs -> {
            LocalDate due = rs.getObject(6, LocalDate.class);
            String status = rs.getString(7);
            boolean open = !status.equals("done") && !status.equals("dropped");
            return new Action(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4),
                    DeliveryVocabulary.list(rs.getString(5)), due, status, rs.getString(8), open && due != null && due.isBefore(today));
        });
    }

    /** The plan as a table, overdue actions flagged. */
    public static Table table(List<Action> actions, LocalDate today) {
        Table.Builder t = Table.builder("action_plan", "Action plan").columns(Column.text("id", "Id"), Column.text("action", "Action"),
                Column.text("owner", "Owner"), Column.text("objective", "Objective"), Column.text("priorities", "5Cs / 4Ps"),
                Column.date("due", "Due"), Column.text("status", "Status"), Column.text("overdue", "Overdue"), Column.text("notes", "Notes"));
        for (Action a : actions) {
            t.row(a.id(), a.action(), a.owner(), a.objective(), String.join("; ", a.priorities()), a.due(), a.status().replace('_', ' '),
                    a.overdue() ? "OVERDUE" : "", a.notes());
        }
        return t.note("Overdue: due before " + today + " and neither done nor dropped.").build();
    }
}
