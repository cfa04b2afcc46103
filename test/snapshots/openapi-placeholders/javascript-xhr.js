// A script cannot set the Cookie header: the browser sends the cookies it holds for the page's own site.
document.cookie = "session={{session_id}}; path=/";
document.cookie = "api_key={{api_key}}; path=/";

const xhr = new XMLHttpRequest();
xhr.open("GET", "{{baseUrl}}/pets/{{petId}}?api_key={{api_key}}&limit=10");
xhr.setRequestHeader("X-API-Key", "{{api_key}}");
xhr.setRequestHeader("X-Note", '"; rm -rf ~; "');
xhr.setRequestHeader("Authorization", "Bearer {{bearerAuth}}");
xhr.onload = () => console.log(xhr.responseText);
xhr.onerror = () => console.error("The request failed.");
xhr.send();
