package svo.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import svo.delivery.ActionPlan;
import svo.store.Store;

import java.time.LocalDate;
import java.util.concurrent.Callable;

/** {@code svo actions}: the strategy's action plan with overdue actions flagged. */
@Command(name = "actions", mixinStandardHelpOptions = true, description = "The strategy's action plan, overdue actions flagged.")
final class ActionsCommand implements Callable<Integer> {
    @Mixin
    StoreOptions storeOptions;
    @Spec
    CommandSpec spec;
    @Option(names = "--format", paramLabel = "table|csv|json", defaultValue = "table", description = "Output format (default table).")
    String format;

    @Override
    public Integer call() {
        Output.Format f = Output.format(format);
        LocalDate today = LocalDate.now();
        try (Store store = storeOptions.open()) {
            Output.print(ActionPlan.table(new ActionPlan().actions(store, today), today), f, spec.commandLine().getOut());
        }
        return 0;
    }
}
