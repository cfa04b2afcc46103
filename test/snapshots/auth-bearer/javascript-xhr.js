const xhr = new XMLHttpRequest();
xhr.open("GET", "{{baseUrl}}/me");
xhr.setRequestHeader("Authorization", "Bearer eyJhbGciOiJIUzI1NiJ9.e30.sig");
xhr.onload = () => console.log(xhr.responseText);
xhr.onerror = () => console.error("The request failed.");
xhr.send();
