package io.gazette;

import io.gazette.transfer.cli.ImportCommand;
import io.quarkus.runtime.ApplicationLifecycleManager;
import io.quarkus.runtime.Quarkus;
import io.quarkus.runtime.annotations.QuarkusMain;

/**
 * Without arguments, the service, exactly as Quarkus would start it. With {@code import ...}, a one-off import from the
 * command line ({@link ImportCommand}): the same application without its HTTP and management ports, without the demo
 * content, and quiet but for the progress bar and the report.
 */
@QuarkusMain
public final class GazetteMain {

    private GazetteMain() {
    }

    public static void main(String... args) {
        if (args.length > 0 && args[0].equals(ImportCommand.NAME)) {
            ImportCommand.prepare(args);
            Quarkus.run(ImportCommand.class, (exitCode, failure) -> {
                ImportCommand.stopped();
                ApplicationLifecycleManager.getDefaultExitCodeHandler().accept(exitCode, failure);
            }, args);
        } else {
            Quarkus.run(args);
        }
    }
}
