package no.timebok.ear.dev;

import java.util.Arrays;
import java.util.List;

/**
 * What {@code ./run.sh} was asked for, after its two fixed arguments (Payara's home and the EAR):
 * {@code --nodes N} internal nodes (1 to 9, 1 without it) and {@code --edge} for one Payara Micro
 * edge node in front, in any order.
 */
record RunOptions(int nodes, boolean edge) {

    static RunOptions parse(String[] args) {
        List<String> options = Arrays.asList(args).subList(Math.min(2, args.length), args.length);
        int nodes = 1;
        boolean edge = false;
        for (int i = 0; i < options.size(); i++) {
            String option = options.get(i);
            if (option.equals("--edge") && !edge) {
                edge = true;
            } else if (option.equals("--nodes") && i + 1 < options.size() && options.get(i + 1).matches("[1-9]")) {
                nodes = Integer.parseInt(options.get(++i));
            } else {
                throw new IllegalArgumentException("./run.sh takes --nodes N (N from 1 to 9) and --edge; it was given "
                        + String.join(" ", options));
            }
        }
        return new RunOptions(nodes, edge);
    }
}
