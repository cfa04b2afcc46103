OkHttpClient client = new OkHttpClient().newBuilder()
  .build();
MediaType mediaType = MediaType.parse("application/xml");
RequestBody body = RequestBody.create(mediaType, ("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
    + "<note id='1'>\n"
    + "  <to>Tom &amp; Jerry</to>\n"
    + "  <body><![CDATA[a < b && c > d]]></body>\n"
    + "</note>").getBytes(java.nio.charset.StandardCharsets.UTF_8));
Request request = new Request.Builder()
  .url("{{baseUrl}}/soap")
  .method("POST", body)
  .addHeader("SOAPAction", "\"urn:Add\"")
  .addHeader("Content-Type", "application/xml")
  .build();
Response response = client.newCall(request).execute();
System.out.println(response.body().string());
