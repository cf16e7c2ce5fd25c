package org.aibyhand.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import org.aibyhand.app.RenderJob;
import org.aibyhand.xlsx.WorkbookFormatException;

/**
 * {@code render IN.xlsx OUT.png [--sheet NAME] [--range A1:Z60] [--zoom PERCENT] [--no-gridlines]}: paints a
 * sheet as the window shows it (cells, texts, pictures, shapes, equations, charts), or without gridlines as a
 * printout shows it, headless, and prints what it drew.
 */
final class RenderCommand {
    private static final String USAGE =
            "usage: java -jar ai-by-hand.jar render IN.xlsx OUT.png [--sheet NAME] [--range A1:Z60] [--zoom PERCENT] [--no-gridlines]";

    private RenderCommand() {
    }

    static int run(String[] args, PrintStream out, PrintStream err) {
        String sheet = null;
        String range = null;
        Integer zoom = null;
        Path in = null;
        Path target = null;
        boolean printed = false;
        for (int i = 0; i < args.length; i++) {
            String arg = args[i];
            if (arg.equals("--no-gridlines")) {
                printed = true;
            } else if (arg.startsWith("--")) {
                if (i + 1 >= args.length) {
                    err.println("render: " + arg + " needs a value");
                    return 2;
                }
                String value = args[++i];
                switch (arg) {
                    case "--sheet" -> sheet = value;
                    case "--range" -> range = value;
                    case "--zoom" -> {
                        try {
                            zoom = Integer.parseInt(value);
                        } catch (NumberFormatException notNumber) {
                            zoom = -1;
                        }
                        if (zoom < 10 || zoom > 400) {
                            err.println("render: --zoom takes a percentage from 10 to 400, not '" + value + "'");
                            return 2;
                        }
                    }
                    default -> {
                        err.println("render: unknown option " + arg);
                        err.println(USAGE);
                        return 2;
                    }
                }
            } else if (in == null) {
                in = Paths.get(arg);
            } else if (target == null) {
                target = Paths.get(arg);
            } else {
                err.println(USAGE);
                return 2;
            }
        }
        if (in == null || target == null) {
            err.println(USAGE);
            return 2;
        }
        if (!Files.isRegularFile(in)) {
            err.println("render: " + in + " does not exist or is not a file");
            return 2;
        }
        try {
            out.println(RenderJob.run(new RenderJob.Request(in, target, sheet, range, zoom, printed)));
            return 0;
        } catch (WorkbookFormatException unreadable) {
            err.println("render: cannot read " + in.getFileName() + ": " + unreadable.getMessage());
            return 2;
        } catch (IllegalArgumentException bad) {
            err.println("render: " + bad.getMessage());
            return 2;
        } catch (IOException io) {
            err.println("render: cannot write " + target + ": " + io.getMessage());
            return 1;
        } catch (Exception failed) {
            err.println("render: failed: " + failed);
            return 1;
        }
    }
}
