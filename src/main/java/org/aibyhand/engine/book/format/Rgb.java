package org.aibyhand.engine.book.format;

/** An opaque colour, resolved when a file is read (theme colours and tints already applied). */
public record Rgb(int red, int green, int blue) {

    public Rgb {
        if ((red | green | blue) < 0 || red > 255 || green > 255 || blue > 255) {
            throw new IllegalArgumentException("colour component out of 0..255");
        }
    }

    public static final Rgb BLACK = new Rgb(0, 0, 0);
    public static final Rgb WHITE = new Rgb(255, 255, 255);

    /** From hex such as {@code 4285F4} or {@code FF4285F4} (a leading alpha byte is ignored). */
    public static Rgb hex(String hex) {
        String digits = hex.length() == 8 ? hex.substring(2) : hex;
        int value = Integer.parseInt(digits, 16);
        return new Rgb((value >> 16) & 0xFF, (value >> 8) & 0xFF, value & 0xFF);
    }

    /** Six hex digits, upper case, as CSS and xlsx write them (without '#'). */
    public String toHex() {
        return String.format("%02X%02X%02X", red, green, blue);
    }

    /** The colour {@code fraction} of the way to {@code other} (0 is this, 1 is other), for colour scales. */
    public Rgb mix(Rgb other, double fraction) {
        double f = Math.max(0, Math.min(1, fraction));
        return new Rgb((int) Math.round(red + (other.red - red) * f), (int) Math.round(green + (other.green - green) * f),
                (int) Math.round(blue + (other.blue - blue) * f));
    }
}
