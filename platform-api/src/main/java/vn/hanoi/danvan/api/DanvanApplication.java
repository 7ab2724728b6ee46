package vn.hanoi.danvan.api;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/** danvan: petitions, citizen receptions and directive tasks for Hanoi's commune-level units. */
@SpringBootApplication
@ConfigurationPropertiesScan
public class DanvanApplication {

    public static void main(String[] args) {
        SpringApplication.run(DanvanApplication.class, args);
    }
}
