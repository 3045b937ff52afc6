package io.stratus.dynamo.expr;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.stratus.dynamo.expr.parse.ExpressionSyntaxException;
import org.junit.jupiter.api.Test;

class ExpressionCacheTest {

    @Test
    void sameTextYieldsTheSameTree() {
        assertThat(ExpressionCache.condition("cacheA = :v")).isSameAs(ExpressionCache.condition("cacheA = :v"));
        assertThat(ExpressionCache.update("SET cacheB = :v")).isSameAs(ExpressionCache.update("SET cacheB = :v"));
        assertThat(ExpressionCache.projection("cacheC")).isSameAs(ExpressionCache.projection("cacheC"));
    }

    @Test
    void theSameTextIsCachedSeparatelyPerKind() {
        // A bare path is a valid projection but not a valid condition.
        assertThat(ExpressionCache.projection("cacheD").paths()).hasSize(1);
        assertThatThrownBy(() -> ExpressionCache.condition("cacheD")).isInstanceOf(ExpressionSyntaxException.class);
    }

    @Test
    void syntaxErrorsAreCachedToo() {
        Throwable first = org.assertj.core.api.Assertions.catchThrowable(() -> ExpressionCache.condition("cacheE ="));
        Throwable second = org.assertj.core.api.Assertions.catchThrowable(() -> ExpressionCache.condition("cacheE ="));
        assertThat(first).isInstanceOf(ExpressionSyntaxException.class).isSameAs(second);
    }

    @Test
    void cacheStaysBoundedUnderManyDistinctTexts() {
        for (int i = 0; i < ExpressionCache.MAX_ENTRIES * 2; i++) {
            ExpressionCache.projection("bounded" + i);
        }
        assertThat(ExpressionCache.projection("bounded0").paths()).hasSize(1);
        assertThat(ExpressionCache.size()).isLessThanOrEqualTo(ExpressionCache.MAX_ENTRIES * 3);
    }
}
