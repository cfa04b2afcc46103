var fileInputs = $("input[type=file]"); // the files to send, as the user picked them
var form = new FormData();
form.append("description", "A text file");
form.append("document", new File([fileInputs[0].files[0]], "upload.txt", { type: "text/plain" }));
form.append("after", "file");

var settings = {
  "url": "{{baseUrl}}/upload",
  "method": "POST",
  "timeout": 0,
  "processData": false,
  "contentType": false,
  "data": form
};

$.ajax(settings).done(function (response) {
  console.log(response);
});
