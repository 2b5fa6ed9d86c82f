package io.github.xconnector.spectools;

/**
 * A place inside an operation, printed as {@code GET /2/tweets/{id} response data.referenced_tweets}.
 *
 * @param operation the operation as method and path
 * @param area the area within the operation, such as {@code response} or {@code parameter tweet.fields}
 * @param path the dotted property path inside the area, empty for the area itself
 * @param parameter whether the area is a parameter, so that the area's own changes concern a parameter
 */
record Location(String operation, String area, String path, boolean parameter) {

    static Location of(String operation, String area) {
        return new Location(operation, area, "", false);
    }

    static Location ofParameter(String operation, String name) {
        return new Location(operation, "parameter " + name, "", true);
    }

    Location child(String name) {
        return new Location(operation, area, path.isEmpty() ? name : path + "." + name, parameter);
    }

    /** The area and the path, without the operation. */
    String place() {
        return path.isEmpty() ? area : area + " " + path;
    }

    /** The subject of a change to the schema found at this location. */
    Change.Subject subject() {
        return parameter && path.isEmpty() ? Change.Subject.PARAMETER : Change.Subject.FIELD;
    }

    Change change(Change.Kind kind, Change.Subject subject, String from, String to, boolean breaking) {
        return new Change(kind, subject, operation, place(), from, to, breaking);
    }
}
