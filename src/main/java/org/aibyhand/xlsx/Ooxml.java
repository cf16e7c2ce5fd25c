package org.aibyhand.xlsx;

import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ooxml.POIXMLTypeLoader;
import org.apache.poi.openxml4j.exceptions.InvalidFormatException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackagePart;
import org.apache.poi.openxml4j.opc.PackagePartName;
import org.apache.poi.openxml4j.opc.PackageRelationship;
import org.apache.poi.openxml4j.opc.PackageRelationshipTypes;
import org.apache.xmlbeans.XmlObject;
import org.apache.xmlbeans.XmlOptions;

/** Names from the Office Open XML standard and small helpers for finding and rewriting package parts. */
final class Ooxml {
    static final String RELATIONSHIPS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/";
    static final String WORKSHEET_RELATION = RELATIONSHIPS + "worksheet";
    static final String SHARED_STRINGS_RELATION = RELATIONSHIPS + "sharedStrings";
    static final String CALC_CHAIN_RELATION = RELATIONSHIPS + "calcChain";
    static final String METADATA_RELATION = RELATIONSHIPS + "sheetMetadata";

    static final String WORKSHEET_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml";
    static final String METADATA_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheetMetadata+xml";
    /** Main-part content types of workbooks, templates and add-ins, with and without macros. */
    static final List<String> WORKBOOK_TYPES = List.of(
            "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml",
            "application/vnd.openxmlformats-officedocument.spreadsheetml.template.main+xml",
            "application/vnd.ms-excel.sheet.macroEnabled.main+xml",
            "application/vnd.ms-excel.template.macroEnabled.main+xml",
            "application/vnd.ms-excel.addin.macroEnabled.main+xml");

    private Ooxml() {
    }

    /** POI's options: no DTDs, no entity expansion, UTF-8 out. */
    static XmlOptions options() {
        return new XmlOptions(POIXMLTypeLoader.DEFAULT_XML_OPTIONS);
    }

    /** The package's main part (xl/workbook.xml), or null when the package has none. */
    static PackagePart workbookPart(OPCPackage pkg) {
        var documents = pkg.getRelationshipsByType(PackageRelationshipTypes.CORE_DOCUMENT);
        return documents.size() == 0 ? null : pkg.getPart(documents.getRelationship(0));
    }

    /** The first part that {@code source} relates to with {@code type}, or null. */
    static PackagePart related(PackagePart source, String type) throws InvalidFormatException {
        var relations = source.getRelationshipsByType(type);
        for (PackageRelationship relation : relations) {
            PackagePart part = source.getRelatedPart(relation);
            if (part != null) {
                return part;
            }
        }
        return null;
    }

    /** Every part that {@code source} relates to with {@code type}; none when the relationships cannot be read. */
    static List<PackagePart> allRelated(PackagePart source, String type) {
        List<PackagePart> parts = new ArrayList<>();
        try {
            for (PackageRelationship relation : source.getRelationshipsByType(type)) {
                PackagePart part = source.getRelatedPart(relation);
                if (part != null) {
                    parts.add(part);
                }
            }
        } catch (InvalidFormatException | RuntimeException unreadable) {
            // a broken relationship leads nowhere
        }
        return parts;
    }

    /**
     * Replaces a part's content with {@code xml}. POI swaps the part object for a new one with the same
     * relationships, so callers must look the part up again by name afterwards.
     */
    static void save(OPCPackage pkg, PackagePartName name, XmlObject xml) throws IOException {
        try (OutputStream out = pkg.getPart(name).getOutputStream()) {
            xml.save(out, options());
        }
    }
}
