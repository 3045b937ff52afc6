package io.stratus.dynamo.shape;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The declared shape of a request member: its wire type, its constraints in AWS's checking
 * order, and its members or elements.
 *
 * <p>Shapes are immutable; each modifier returns a new shape, so an operation declares its
 * request once as a constant, e.g.
 * {@code Shape.structure("GetItemInput").member("TableName", Shapes.TABLE_NAME)}.
 */
public final class Shape {

    /** The wire types a member can have. */
    public enum Kind { STRING, BOOLEAN, INTEGER, LONG, LIST, STRING_MAP, MAP, STRUCTURE, ATTRIBUTE_VALUE, ATTRIBUTE_MAP }

    private final Kind kind;
    private final String modelName;
    private final Map<String, Shape> members;
    private final Shape element;
    private final List<Constraint> constraints;
    /** {@link #members} and {@link #constraints} as arrays: the checker walks them on every request. */
    private final String[] memberNames;
    private final Shape[] memberShapes;
    private final Constraint[] constraintArray;

    private Shape(Kind kind, String modelName, Map<String, Shape> members, Shape element, List<Constraint> constraints) {
        this.kind = kind;
        this.modelName = modelName;
        this.members = members;
        this.element = element;
        this.constraints = constraints;
        this.memberNames = members.keySet().toArray(new String[0]);
        this.memberShapes = members.values().toArray(new Shape[0]);
        this.constraintArray = constraints.toArray(new Constraint[0]);
    }

    private static Shape of(Kind kind) {
        return new Shape(kind, null, Map.of(), null, List.of());
    }

    /** A string member. */
    public static Shape string() {
        return of(Kind.STRING);
    }

    /** A boolean member. */
    public static Shape bool() {
        return of(Kind.BOOLEAN);
    }

    /** A 32-bit integer member. */
    public static Shape integer() {
        return of(Kind.INTEGER);
    }

    /** A 64-bit integer member. */
    public static Shape longValue() {
        return of(Kind.LONG);
    }

    /** A list whose elements have shape {@code element}. */
    public static Shape list(Shape element) {
        return new Shape(Kind.LIST, null, Map.of(), element, List.of());
    }

    /** A map from strings to strings (e.g. {@code ExpressionAttributeNames}). */
    public static Shape stringMap() {
        return of(Kind.STRING_MAP);
    }

    /**
     * A map from strings to values of shape {@code element}; {@code valueJavaType} is the Java type
     * AWS's deserializer names when the map arrives as a JSON array (e.g.
     * {@code com.amazonaws.dynamodb.v20120810.Condition}).
     */
    public static Shape map(String valueJavaType, Shape element) {
        return new Shape(Kind.MAP, valueJavaType, Map.of(), element, List.of());
    }

    /** A map from attribute names to attribute values (an {@code Item} or {@code Key}). */
    public static Shape attributeMap() {
        return of(Kind.ATTRIBUTE_MAP);
    }

    /** A single attribute value. */
    public static Shape attributeValue() {
        return of(Kind.ATTRIBUTE_VALUE);
    }

    /** A structure named as in AWS's model (the name appears in deserializer messages). */
    public static Shape structure(String modelName) {
        return new Shape(Kind.STRUCTURE, modelName, Map.of(), null, List.of());
    }

    /** This structure with one more member, checked after the ones declared before it. */
    public Shape member(String name, Shape shape) {
        Map<String, Shape> copy = new LinkedHashMap<>(members);
        copy.put(name, shape);
        return new Shape(kind, modelName, Collections.unmodifiableMap(copy), element, constraints);
    }

    /** This shape with one more constraint, checked after the ones declared before it. */
    public Shape constrain(Constraint constraint) {
        List<Constraint> copy = new ArrayList<>(constraints);
        copy.add(constraint);
        return new Shape(kind, modelName, members, element, List.copyOf(copy));
    }

    /** This shape, required to be present. */
    public Shape notNull() {
        return constrain(new Constraint.NotNull());
    }

    /** This string shape, required to match {@code regex}. */
    public Shape pattern(String regex) {
        return constrain(new Constraint.Matches(regex));
    }

    /** This shape with a minimum length (characters or entries). */
    public Shape minLength(int min) {
        return constrain(new Constraint.MinLength(min));
    }

    /** This shape with a maximum length (characters or entries). */
    public Shape maxLength(int max) {
        return constrain(new Constraint.MaxLength(max));
    }

    /** This numeric shape with a minimum value. */
    public Shape min(long min) {
        return constrain(new Constraint.Min(min));
    }

    /** This numeric shape with a maximum value. */
    public Shape max(long max) {
        return constrain(new Constraint.Max(max));
    }

    /** This string shape, restricted to the given values (in AWS's listing order). */
    public Shape oneOf(String... values) {
        return constrain(new Constraint.OneOf(List.of(values)));
    }

    /** The wire type. */
    public Kind kind() {
        return kind;
    }

    /** The model name of a structure, the value Java type of a map, else {@code null}. */
    public String modelName() {
        return modelName;
    }

    /** The members of a structure in checking order. */
    public Map<String, Shape> members() {
        return members;
    }

    /** The element shape of a list or the value shape of a map, else {@code null}. */
    public Shape element() {
        return element;
    }

    /** The constraints in checking order. */
    public List<Constraint> constraints() {
        return constraints;
    }

    String[] memberNameArray() {
        return memberNames;
    }

    Shape[] memberShapeArray() {
        return memberShapes;
    }

    Constraint[] constraintArray() {
        return constraintArray;
    }
}
