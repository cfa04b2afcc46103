fn main() -> Result<(), Box<dyn std::error::Error>> {
    let response = ureq::post("{{baseUrl}}/notes")
        .header("Content-Type", "text/plain")
        .send(r#"	indented

  spaced  

"#)?;

    println!("{}", response.into_body().read_to_string()?);
    Ok(())
}
