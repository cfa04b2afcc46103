fn main() -> Result<(), Box<dyn std::error::Error>> {
    let response = ureq::get("{{baseUrl}}/i18n")
        .header("X-Name", "Zoë ✓ 😀")
        .header("X-Latin", "café")
        .call()?;

    println!("{}", response.into_body().read_to_string()?);
    Ok(())
}
