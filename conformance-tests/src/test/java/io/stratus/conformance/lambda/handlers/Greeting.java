package io.stratus.conformance.lambda.handlers;

/** A POJO request, bound by the Java runtime's serializer through its bean properties. */
public class Greeting {
    private String name;

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }
}
