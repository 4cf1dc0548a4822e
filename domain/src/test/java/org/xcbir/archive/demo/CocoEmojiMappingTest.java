package org.xcbir.archive.demo;

import org.junit.jupiter.api.Test;

import java.awt.Rectangle;
import java.awt.image.BufferedImage;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class CocoEmojiMappingTest {

    /** The 80 categories of COCO 2017 instances files, in id order (ids 1..90 with gaps). */
    private static final String STANDARD_COCO = """
            1 person,2 bicycle,3 car,4 motorcycle,5 airplane,6 bus,7 train,8 truck,9 boat,10 traffic light,
            11 fire hydrant,13 stop sign,14 parking meter,15 bench,16 bird,17 cat,18 dog,19 horse,20 sheep,21 cow,
            22 elephant,23 bear,24 zebra,25 giraffe,27 backpack,28 umbrella,31 handbag,32 tie,33 suitcase,34 frisbee,
            35 skis,36 snowboard,37 sports ball,38 kite,39 baseball bat,40 baseball glove,41 skateboard,42 surfboard,
            43 tennis racket,44 bottle,46 wine glass,47 cup,48 fork,49 knife,50 spoon,51 bowl,52 banana,53 apple,
            54 sandwich,55 orange,56 broccoli,57 carrot,58 hot dog,59 pizza,60 donut,61 cake,62 chair,63 couch,
            64 potted plant,65 bed,67 dining table,70 toilet,72 tv,73 laptop,74 mouse,75 remote,76 keyboard,
            77 cell phone,78 microwave,79 oven,80 toaster,81 sink,82 refrigerator,84 book,85 clock,86 vase,
            87 scissors,88 teddy bear,89 hair drier,90 toothbrush""";

    private final List<DemoObjectClass> classes = CocoEmojiMapping.load();

    @Test
    void listsTheEightyCocoCategoriesWithTheirRealIds() {
        List<String> expected = List.of(STANDARD_COCO.replace("\n", "").split(","));
        List<String> actual = classes.stream().map(c -> c.category().id() + " " + c.category().name()).toList();
        assertEquals(expected, actual);
        assertEquals("kitchen", byName().get("fork").category().supercategory());
    }

    @Test
    void drawsTheClassesThePackageHasRendersFor() {
        List<String> undrawable = classes.stream().filter(c -> !c.drawable()).map(c -> c.category().name()).toList();
        assertEquals(List.of("fire hydrant", "parking meter", "bench", "snowboard", "baseball bat", "baseball glove",
                "surfboard", "dining table", "remote", "microwave", "oven", "toaster", "sink", "refrigerator",
                "hair drier"), undrawable);
        assertEquals(65, classes.size() - undrawable.size());
        for (String varied : List.of("person", "dog", "car", "bird", "book", "cake")) {
            assertTrue(byName().get(varied).renders().size() >= 3, varied + " should have several renders");
        }
    }

    @Test
    void everyMappedRenderExistsAndIsA256PixelImageWithAlpha() {
        assertEquals(List.of(), EmojiRenders.library().missingRenders(classes));
        List<RenderReference> renders = classes.stream().flatMap(c -> c.renders().stream()).distinct().toList();
        assertEquals(141, renders.size());
        for (RenderReference render : renders) {
            BufferedImage image = ObjectSpriteLibrary.decode(EmojiRenders.assets().resolve(render.fileName()));
            assertEquals(256, image.getWidth(), render.fileName());
            assertEquals(256, image.getHeight(), render.fileName());
            assertTrue(image.getColorModel().hasAlpha(), render.fileName());
            assertTrue((image.getRGB(0, 0) >>> 24) == 0, render.fileName() + " corner should be transparent");
            render.crop().ifPresent(crop -> assertTrue(new Rectangle(256, 256).contains(crop), render.toString()));
        }
    }

    @Test
    void splitsTheForkAndKnifeRenderIntoTwoObjects() {
        RenderReference fork = byName().get("fork").renders().get(0);
        assertEquals("1f374", fork.fileStem());
        assertEquals(new Rectangle(0, 0, 128, 256), fork.crop().orElseThrow());
        assertEquals(fork, RenderReference.parse(fork.toString()));
        assertFalse(byName().get("knife").renders().stream().anyMatch(r -> r.crop().isEmpty() && r.fileStem().equals("1f374")));
    }

    @Test
    void designsClutterAndSizeSoThatThePapersGroupsComeOut() {
        Map<String, DemoObjectClass> byName = byName();
        // Paper, Sec. 5.1: fork and spoon are Cluttered+Small, laptop and sandwich Uncluttered+Large.
        assertTrue(byName.get("fork").clutterAffinity() > byName.get("laptop").clutterAffinity());
        assertTrue(byName.get("spoon").typicalSize() < byName.get("sandwich").typicalSize());
        assertTrue(byName.get("giraffe").clutterAffinity() < 0.2, "giraffes are mostly seen alone");
    }

    private Map<String, DemoObjectClass> byName() {
        return classes.stream().collect(Collectors.toMap(c -> c.category().name(), Function.identity()));
    }
}
