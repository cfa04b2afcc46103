fn main() -> Result<(), Box<dyn std::error::Error>> {
    let response = ureq::patch("{{baseUrl}}/settings")
        .header("Content-Type", "application/x-www-form-urlencoded")
        .send("theme=dark%20mode&tag=a%26b&tag=c")?;

    println!("{}", response.into_body().read_to_string()?);
    Ok(())
}
