fn main() -> Result<(), Box<dyn std::error::Error>> {
    let request = ureq::http::Request::builder()
        .method("PROPFIND")
        .uri("{{baseUrl}}/dav/")
        .header("Depth", "1")
        .header("Content-Type", "application/xml")
        .body(r#"<?xml version="1.0"?>
<propfind xmlns="DAV:"><allprop/></propfind>
"#)?;
    let response = ureq::run(request)?;

    println!("{}", response.into_body().read_to_string()?);
    Ok(())
}
