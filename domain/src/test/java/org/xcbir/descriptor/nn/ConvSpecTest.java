package org.xcbir.descriptor.nn;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ConvSpecTest {

    @ParameterizedTest(name = "input {0}, kernel {1}, stride {2} → pad {3}/{4}, output {5}")
    @CsvSource({
        "300, 3, 2, 0, 1, 150", // even input, stride 2: the extra zero row goes after (bottom/right)
        "150, 3, 1, 1, 1, 150",
        "75, 3, 2, 1, 1, 38",
        "19, 3, 2, 1, 1, 10",
        "10, 3, 2, 0, 1, 5",
        "5, 3, 2, 1, 1, 3",
        "3, 3, 2, 1, 1, 2",
        "2, 3, 2, 0, 1, 1",
        "10, 1, 1, 0, 0, 10"
    })
    void reproducesTensorFlowSamePadding(int input, int kernel, int stride, int before, int after, int output) {
        assertEquals(new SamePadding(before, after), SamePadding.of(input, kernel, stride));
        assertEquals(output, SamePadding.outputSize(input, stride));
    }

    @Test
    void spansAgreeWithBruteForceOverEveryWindow() {
        for (int stride = 1; stride <= 2; stride++) {
            for (int input = 1; input <= 12; input++) {
                ConvSpec spec = new ConvSpec("t", ConvKind.DEPTHWISE, 3, stride, 1, 1, Activation.LINEAR);
                int output = spec.outputSize(input);
                int before = spec.padding(input).before();
                for (int start = 0; start < input; start++) {
                    for (int end = start + 1; end <= input; end++) {
                        int first = Integer.MAX_VALUE;
                        int last = -1;
                        for (int o = 0; o < output; o++) {
                            int lo = o * stride - before;
                            if (lo < end && lo + 3 > start) {
                                first = Math.min(first, o);
                                last = o;
                            }
                        }
                        Span affected = spec.outputSpanAffectedBy(new Span(start, end), input);
                        assertEquals(new Span(first, last + 1), affected,
                                "stride " + stride + " input " + input + " changed [" + start + "," + end + ")");
                        Span read = spec.inputSpanFor(affected, input);
                        assertEquals(true, read.start() <= start && read.end() >= end, "read span covers the change");
                    }
                }
            }
        }
    }
}
