package org.aibyhand.engine.book.drawing;

/**
 * An embedded image: its bytes, content type (image/png, image/jpeg, image/gif, image/x-emf, ...) and the
 * name of its part in the file, which a placeholder shows for formats that cannot be drawn. The array is the
 * file's own and is not to be changed.
 */
public record Picture(String name, Transform transform, byte[] bytes, String contentType, String partName)
        implements DrawingObject {

    /** Windows metafiles, which only Windows draws: shown as a framed placeholder. */
    public boolean isMetafile() {
        return contentType.contains("emf") || contentType.contains("wmf");
    }
}
