package io.stratus.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

class StartupBannerTest {

    @Test
    void bannerListsUrlTablesStorageAndNotices() {
        StartupBanner banner = new StartupBanner("1.0", URI.create("http://127.0.0.1:4566"),
                List.of("Orders", "Users"), Path.of("/tmp/stratus"), List.of("Ignored resource Queue (AWS::SQS::Queue)"), 120);

        assertThat(banner.lines()).containsExactly(
                "Stratus 1.0 ready on http://127.0.0.1:4566 in 120 ms",
                "  DynamoDB: http://127.0.0.1:4566 (tables: Orders, Users)",
                "  Data: /tmp/stratus",
                "  Notice: Ignored resource Queue (AWS::SQS::Queue)");
    }

    @Test
    void bannerWithoutTablesSaysSoAndInMemory() {
        StartupBanner banner = new StartupBanner("1.0", URI.create("http://127.0.0.1:5000"), List.of(), null, List.of(), 5);

        assertThat(banner.lines()).containsExactly(
                "Stratus 1.0 ready on http://127.0.0.1:5000 in 5 ms",
                "  DynamoDB: http://127.0.0.1:5000 (no tables)",
                "  Data: in memory");
    }
}
