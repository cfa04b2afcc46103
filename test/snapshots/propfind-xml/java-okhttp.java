OkHttpClient client = new OkHttpClient().newBuilder()
  .build();
MediaType mediaType = MediaType.parse("application/xml");
RequestBody body = RequestBody.create(mediaType, ("<?xml version=\"1.0\"?>\n"
    + "<propfind xmlns=\"DAV:\"><allprop/></propfind>\n").getBytes(java.nio.charset.StandardCharsets.UTF_8));
Request request = new Request.Builder()
  .url("{{baseUrl}}/dav/")
  .method("PROPFIND", body)
  .addHeader("Depth", "1")
  .addHeader("Content-Type", "application/xml")
  .build();
Response response = client.newCall(request).execute();
System.out.println(response.body().string());
