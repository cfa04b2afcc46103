use base64::Engine;

fn main() -> Result<(), Box<dyn std::error::Error>> {
    let credentials = base64::engine::general_purpose::STANDARD.encode(format!("{}:{}", "{{username}}", "{{password}}"));

    let response = ureq::get("{{baseUrl}}/me")
        .header("Authorization", format!("Basic {}", credentials))
        .call()?;

    println!("{}", response.into_body().read_to_string()?);
    Ok(())
}
