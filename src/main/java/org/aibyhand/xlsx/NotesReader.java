package org.aibyhand.xlsx;

import java.io.InputStream;
import java.util.LinkedHashMap;
import java.util.Map;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import org.aibyhand.engine.book.format.SheetFormat;
import org.aibyhand.engine.ref.CellAddress;
import org.apache.poi.openxml4j.opc.PackagePart;
import org.openxmlformats.schemas.spreadsheetml.x2006.main.CTComment;
import org.openxmlformats.schemas.spreadsheetml.x2006.main.CommentsDocument;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import org.xml.sax.helpers.DefaultHandler;

/**
 * Reads the notes of a worksheet: legacy comments, then threaded comments, whose clean text replaces the
 * "[Threaded comment] ..." copy Excel puts in the legacy part for older readers. A thread becomes one note,
 * its replies on lines of their own. Unreadable parts are skipped.
 */
final class NotesReader {
    static final String COMMENTS_RELATION = Ooxml.RELATIONSHIPS + "comments";
    static final String THREADED_RELATION = "http://schemas.microsoft.com/office/2017/10/relationships/threadedComment";
    private static final String THREADED_NAMESPACE = "http://schemas.microsoft.com/office/spreadsheetml/2018/threadedcomments";

    private NotesReader() {
    }

    static void read(PackagePart worksheetPart, SheetFormat format) {
        for (PackagePart part : Ooxml.allRelated(worksheetPart, COMMENTS_RELATION)) {
            try (InputStream in = part.getInputStream()) {
                for (CTComment comment : CommentsDocument.Factory.parse(in, Ooxml.options()).getComments()
                        .getCommentList().getCommentArray()) {
                    note(format, comment.getRef(), CellXml.plainText(comment.getText()));
                }
            } catch (Exception unreadable) {
                // a damaged comments part costs its notes only
            }
        }
        for (PackagePart part : Ooxml.allRelated(worksheetPart, THREADED_RELATION)) {
            try (InputStream in = part.getInputStream()) {
                threads(in).forEach((ref, text) -> note(format, ref, text));
            } catch (Exception unreadable) {
                // as above
            }
        }
    }

    /** The text of each thread by cell reference, replies joined on new lines, in document order. */
    private static Map<String, String> threads(InputStream in) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
        factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        factory.setExpandEntityReferences(false);
        DocumentBuilder builder = factory.newDocumentBuilder();
        builder.setErrorHandler(new DefaultHandler()); // throws on fatal errors without printing "[Fatal Error]"
        NodeList comments = builder.parse(in)
                .getElementsByTagNameNS(THREADED_NAMESPACE, "threadedComment");
        Map<String, String> threads = new LinkedHashMap<>();
        for (int i = 0; i < comments.getLength(); i++) {
            Element comment = (Element) comments.item(i);
            NodeList texts = comment.getElementsByTagNameNS(THREADED_NAMESPACE, "text");
            String text = texts.getLength() > 0 ? texts.item(0).getTextContent() : "";
            threads.merge(comment.getAttribute("ref"), text, (thread, reply) -> thread + "\n" + reply);
        }
        return threads;
    }

    private static void note(SheetFormat format, String ref, String text) {
        try {
            CellAddress at = CellAddress.parse(ref);
            format.setNote(at.row(), at.column(), text);
        } catch (RuntimeException badReference) {
            // a note on no cell is dropped
        }
    }
}
