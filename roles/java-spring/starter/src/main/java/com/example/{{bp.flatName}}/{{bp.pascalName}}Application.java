package com.example.{{bp.flatName}};

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

@SpringBootApplication
public class {{bp.pascalName}}Application {

    public static void main(String[] args) {
        SpringApplication.run({{bp.pascalName}}Application.class, args);
    }
}
