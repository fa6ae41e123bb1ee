package org.ctgstudio.ui.tests;

import java.util.function.BooleanSupplier;

import org.eclipse.swt.SWT;
import org.eclipse.swt.browser.Browser;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Event;

/**
 * Drives a diagram editor's page as a user does: real X mouse clicks and keys posted to the display (so they go
 * through GTK, WebKit and the workbench's key bindings), and the page's DOM read back through the Browser.
 */
final class DiagramPage {

    /** The nodes of the visible diagram (sprotty keeps a hidden copy for measuring, outside #sprotty). */
    static final String NODES = "#sprotty g.ctg-node";

    /** A node's label as one line (a node only: sprotty draws nodes in view only; wrapped lines are tspans). */
    private static final String TEXT = "Array.from(n.querySelectorAll('tspan')).map(s => s.textContent).join(' ')";

    private final Browser browser;

    DiagramPage(Browser browser) {
        this.browser = browser;
    }

    Object evaluate(String script) {
        return browser.evaluate(script);
    }

    int count(String selector) {
        Object n = evaluate("return document.querySelectorAll('" + selector + "').length;");
        return n instanceof Number number ? number.intValue() : -1;
    }

    /** The texts of the nodes drawn, one string. */
    String nodeTexts() {
        return String.valueOf(evaluate("return Array.from(document.querySelectorAll('" + NODES + "')).map(n => "
                + TEXT + ").join(' | ');"));
    }

    /** Runs the event loop until the condition holds, at most {@code seconds}. */
    static boolean waitUntil(int seconds, BooleanSupplier condition) throws InterruptedException {
        long deadline = System.nanoTime() + seconds * 1_000_000_000L;
        Display display = Display.getCurrent();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                return false;
            }
            spin(display);
        }
        return true;
    }

    /** The centre of the first element matching the script's element expression, in page pixels, or null. */
    Point centre(String elementExpression) {
        Object rect = evaluate("var e=" + elementExpression + ";if(!e){return null;}var r=e.getBoundingClientRect();"
                + "return [r.left + r.width / 2, r.top + r.height / 2];");
        if (rect instanceof Object[] xy && xy.length == 2) {
            return new Point((int) Math.round(((Number) xy[0]).doubleValue()),
                    (int) Math.round(((Number) xy[1]).doubleValue()));
        }
        return null;
    }

    /** The node whose text contains {@code text} and whose centre is inside the page, as a script expression. */
    static String node(String text) {
        return "Array.from(document.querySelectorAll('" + NODES + "')).find(n => n.textContent.includes('" + text
                + "') && (r => r.top + r.height / 2 > 0 && r.top + r.height / 2 < innerHeight && r.left + r.width / 2"
                + " > 0 && r.left + r.width / 2 < innerWidth)(n.getBoundingClientRect()))";
    }

    /** The number of the first fiche action drawn in view (FA01 …), or null. */
    String visibleAction() {
        Object number = evaluate("for (var n of document.querySelectorAll('" + NODES + "')) { var r ="
                + " n.getBoundingClientRect(); var m = (" + TEXT + ").match(/^(FA\\d+) –/); if (m && r.top > 0"
                + " && r.bottom < innerHeight && r.left > 0 && r.right < innerWidth) { return m[1]; } } return null;");
        return number instanceof String text ? text : null;
    }

    /** A palette entry by its exact label, as a script expression. */
    static String paletteItem(String label) {
        return "Array.from(document.querySelectorAll('#sprotty .tool-palette .tool-button'))"
                + ".find(b => b.textContent.trim() === '" + label + "')";
    }

    /** A point of the diagram's background (no node, no edge, not the palette). */
    Point emptySpot() {
        Object xy = evaluate("for (var y = innerHeight - 40; y > 60; y -= 30) { for (var x = innerWidth - 60; x > 40;"
                + " x -= 30) { var e = document.elementFromPoint(x, y); if (e && e.closest('#sprotty svg')"
                + " && !e.closest('g.ctg-node') && !e.closest('.sprotty-edge')) { return [x, y]; } } } return null;");
        if (xy instanceof Object[] point && point.length == 2) {
            return new Point(((Number) point[0]).intValue(), ((Number) point[1]).intValue());
        }
        return null;
    }

    /** A left click at a point of the page, through the X server. */
    void click(Point inPage) throws InterruptedException {
        Display display = browser.getDisplay();
        Point onScreen = browser.toDisplay(inPage);
        Event move = new Event();
        move.type = SWT.MouseMove;
        move.x = onScreen.x;
        move.y = onScreen.y;
        display.post(move);
        drain(150);
        for (int type : new int[] {SWT.MouseDown, SWT.MouseUp}) {
            Event button = new Event();
            button.type = type;
            button.button = 1;
            display.post(button);
            drain(60);
        }
        drain(300);
    }

    /** A key with modifiers (SWT.CTRL …) typed through the X server to the focused control. */
    void key(int modifiers, int key) throws InterruptedException {
        Display display = browser.getDisplay();
        if (modifiers != 0) {
            post(display, SWT.KeyDown, modifiers, 0);
        }
        post(display, SWT.KeyDown, key, key);
        post(display, SWT.KeyUp, key, key);
        if (modifiers != 0) {
            post(display, SWT.KeyUp, modifiers, 0);
        }
        drain(300);
    }

    private static void post(Display display, int type, int keyCode, int character) {
        Event event = new Event();
        event.type = type;
        event.keyCode = keyCode;
        event.character = (char) character;
        display.post(event);
    }

    /**
     * One turn of a real event loop: sleeping in the display (not in the thread) lets GTK's frame clock tick, and
     * WebKit renders, and runs the page's animation frames, only on those ticks.
     */
    private static void spin(Display display) {
        display.timerExec(20, () -> {
            // wakes the display up
        });
        if (!display.readAndDispatch()) {
            display.sleep();
        }
    }

    static void drain(long millis) throws InterruptedException {
        long end = System.nanoTime() + millis * 1_000_000L;
        Display display = Display.getCurrent();
        while (System.nanoTime() < end) {
            spin(display);
        }
    }
}
