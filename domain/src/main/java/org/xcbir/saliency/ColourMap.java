package org.xcbir.saliency;

/** Colour maps for saliency in [0, 1], as matplotlib draws them. */
public enum ColourMap {
    /** matplotlib's jet: dark blue → blue → cyan → yellow → red → dark red. */
    JET {
        @Override
        public int rgb(double t) {
            double v = clamp(t);
            return pack(piecewise(v, JET_RED), piecewise(v, JET_GREEN), piecewise(v, JET_BLUE));
        }
    },
    /** matplotlib's viridis (perceptually uniform, readable in grey and by colour-blind viewers). */
    VIRIDIS {
        @Override
        public int rgb(double t) {
            // anchors are every 8th entry of the 256-entry table, plus the last
            double position = clamp(t) * 255;
            int segment = Math.min((int) (position / 8), VIRIDIS_ANCHORS.length - 2);
            int from = segment * 8;
            int to = segment == VIRIDIS_ANCHORS.length - 2 ? 255 : from + 8;
            double f = (position - from) / (to - from);
            double[] a = VIRIDIS_ANCHORS[segment];
            double[] b = VIRIDIS_ANCHORS[segment + 1];
            return pack(a[0] + f * (b[0] - a[0]), a[1] + f * (b[1] - a[1]), a[2] + f * (b[2] - a[2]));
        }
    };

    /** (x, value) breakpoints of matplotlib's _jet_data. */
    private static final double[][] JET_RED = {{0, 0}, {0.35, 0}, {0.66, 1}, {0.89, 1}, {1, 0.5}};
    private static final double[][] JET_GREEN = {{0, 0}, {0.125, 0}, {0.375, 1}, {0.64, 1}, {0.91, 0}, {1, 0}};
    private static final double[][] JET_BLUE = {{0, 0.5}, {0.11, 1}, {0.34, 1}, {0.65, 0}, {1, 0}};

    /**
     * Entries 0, 8, …, 248 and 255 of matplotlib's viridis table (mpl-colormaps by Nathaniel J. Smith, Stefan van
     * der Walt and Eric Firing, CC0); linear interpolation between them stays within one 8-bit level of the table.
     */
    private static final double[][] VIRIDIS_ANCHORS = {
        {0.267004, 0.004874, 0.329415}, {0.277018, 0.050344, 0.375715}, {0.282327, 0.094955, 0.417331},
        {0.282884, 0.135920, 0.453427}, {0.278826, 0.175490, 0.483397}, {0.270595, 0.214069, 0.507052},
        {0.258965, 0.251537, 0.524736}, {0.244972, 0.287675, 0.537260}, {0.229739, 0.322361, 0.545706},
        {0.214298, 0.355619, 0.551184}, {0.199430, 0.387607, 0.554642}, {0.185556, 0.418570, 0.556753},
        {0.172719, 0.448791, 0.557885}, {0.160665, 0.478540, 0.558115}, {0.149039, 0.508051, 0.557250},
        {0.137770, 0.537492, 0.554906}, {0.127568, 0.566949, 0.550556}, {0.120565, 0.596422, 0.543611},
        {0.120638, 0.625828, 0.533488}, {0.132268, 0.655014, 0.519661}, {0.157851, 0.683765, 0.501686},
        {0.196571, 0.711827, 0.479221}, {0.246070, 0.738910, 0.452024}, {0.304148, 0.764704, 0.419943},
        {0.369214, 0.788888, 0.382914}, {0.440137, 0.811138, 0.340967}, {0.515992, 0.831158, 0.294279},
        {0.595839, 0.848717, 0.243329}, {0.678489, 0.863742, 0.189503}, {0.762373, 0.876424, 0.137064},
        {0.845561, 0.887322, 0.099702}, {0.926106, 0.897330, 0.104071}, {0.993248, 0.906157, 0.143936}
    };

    /** Packed 0xRRGGBB for a value in [0, 1] (clamped). */
    public abstract int rgb(double t);

    private static double clamp(double t) {
        return Double.isNaN(t) ? 0 : Math.max(0, Math.min(1, t));
    }

    private static double piecewise(double t, double[][] points) {
        for (int i = 1; i < points.length; i++) {
            if (t <= points[i][0]) {
                double f = (t - points[i - 1][0]) / (points[i][0] - points[i - 1][0]);
                return points[i - 1][1] + f * (points[i][1] - points[i - 1][1]);
            }
        }
        return points[points.length - 1][1];
    }

    private static int pack(double r, double g, double b) {
        return (channel(r) << 16) | (channel(g) << 8) | channel(b);
    }

    private static int channel(double v) {
        return (int) Math.round(Math.max(0, Math.min(1, v)) * 255);
    }
}
