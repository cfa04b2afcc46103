var fileInputs = $("input[type=file]"); // the files to send, as the user picked them
var form = new FormData();
form.append("name", "Ada");
form.append("tag", "a");
form.append("tag", "b");
form.append("avatar", new File([fileInputs[0].files[0]], "upload.txt", { type: "text/plain" }));

var settings = {
  "url": "{{baseUrl}}/profile",
  "method": "PUT",
  "timeout": 0,
  "headers": {
    "X-Request-Id": "42"
  },
  "processData": false,
  "contentType": false,
  "data": form
};

$.ajax(settings).done(function (response) {
  console.log(response);
});
