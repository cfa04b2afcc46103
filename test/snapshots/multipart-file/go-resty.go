package main

import (
	"fmt"
	"os"
	"strings"

	"github.com/go-resty/resty/v2"
)

func main() {
	client := resty.New()

	file2, err := os.Open("upload.txt")
	if err != nil {
		fmt.Println(err)
		return
	}
	defer file2.Close()

	req := client.R()
	req.SetMultipartFields(
		&resty.MultipartField{
			Param:  "description",
			Reader: strings.NewReader("A text file"),
		},
		&resty.MultipartField{
			Param:       "document",
			FileName:    "upload.txt",
			ContentType: "text/plain",
			Reader:      file2,
		},
		&resty.MultipartField{
			Param:  "after",
			Reader: strings.NewReader("file"),
		},
	)

	resp, err := req.Execute("POST", "{{baseUrl}}/upload")
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Println(resp.String())
}
