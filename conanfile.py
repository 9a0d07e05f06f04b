# Conan 2 recipe: `conan create .` packages the headers and the CMake/pkg-config files that
# `cmake --install` writes; consumers get govnews::govnews (and govnews::json, govnews::fmt).
from conan import ConanFile
from conan.tools.cmake import CMake, CMakeToolchain, cmake_layout
from conan.tools.files import copy, rmdir
import os


class GovnewsConan(ConanFile):
    name = "govnews"
    version = "0.1.0"
    description = "Typed objects (articles, officials, meetings, targets, projects) from Chinese government news"
    license = "MIT"
    topics = ("nlp", "chinese", "information-extraction", "header-only")
    package_type = "header-library"
    settings = "os", "arch", "compiler", "build_type"
    options = {"with_json": [True, False], "with_fmt": [True, False]}
    default_options = {"with_json": True, "with_fmt": True}
    exports_sources = "CMakeLists.txt", "cmake/*", "include/*", "LICENSE"
    no_copy_source = True

    def layout(self):
        cmake_layout(self)

    def requirements(self):
        self.requires("utfcpp/4.0.5")
        if self.options.with_json:
            self.requires("nlohmann_json/3.11.3")
        if self.options.with_fmt:
            self.requires("fmt/10.2.1")

    def package_id(self):
        self.info.clear()  # headers only: one package for every configuration

    def generate(self):
        tc = CMakeToolchain(self)
        for part in ("TESTS", "EXAMPLES", "BENCHMARKS"):
            tc.cache_variables["GOVNEWS_BUILD_" + part] = False
        tc.generate()

    def package(self):
        cmake = CMake(self)
        cmake.configure()
        cmake.install()
        copy(self, "LICENSE", self.source_folder, os.path.join(self.package_folder, "licenses"))
        # Conan's CMakeDeps and PkgConfigDeps write their own files
        rmdir(self, os.path.join(self.package_folder, "share"))

    def package_info(self):
        self.cpp_info.set_property("cmake_file_name", "govnews")
        self.cpp_info.set_property("pkg_config_name", "govnews")
        self.cpp_info.bindirs = []
        self.cpp_info.libdirs = []
        core = self.cpp_info.components["core"]
        core.set_property("cmake_target_name", "govnews::govnews")
        core.requires = ["utfcpp::utfcpp"]
        core.bindirs = []
        core.libdirs = []
        if self.options.with_json:
            json = self.cpp_info.components["json"]
            json.set_property("cmake_target_name", "govnews::json")
            json.requires = ["core", "nlohmann_json::nlohmann_json"]
            json.bindirs = []
            json.libdirs = []
        if self.options.with_fmt:
            fmt = self.cpp_info.components["fmt"]
            fmt.set_property("cmake_target_name", "govnews::fmt")
            fmt.requires = ["core", "fmt::fmt"]
            fmt.bindirs = []
            fmt.libdirs = []
