use base64::Engine;

fn main() -> Result<(), Box<dyn std::error::Error>> {
    let credentials = base64::engine::general_purpose::STANDARD.encode(format!("{}:{}", "{{basicAuthUsername}}", "{{basicAuthPassword}}"));

    let response = ureq::post("{{baseUrl}}/pets")
        .header("Content-Type", "application/json")
        .header("Authorization", format!("Basic {}", credentials))
        .send("{\"name\": \"{{petName}}\", \"tag\": \"dog\"}")?;

    println!("{}", response.into_body().read_to_string()?);
    Ok(())
}
